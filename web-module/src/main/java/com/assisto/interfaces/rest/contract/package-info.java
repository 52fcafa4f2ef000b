/**
 * Contracts over REST, one resource per use case on the shared /contracts path (header and
 * status, lines, files and documents, renewal), with their JSON in {@link
 * com.assisto.interfaces.rest.contract.ContractDtos} mapped once by {@link
 * com.assisto.interfaces.rest.contract.ContractDtoAssembler}; and the register of delivery notes.
 */
package com.assisto.interfaces.rest.contract;
