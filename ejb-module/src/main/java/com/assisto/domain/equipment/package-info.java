/** The installed base (SPEC E1): equipment at customer sites, sold by the company or bought elsewhere. */
package com.assisto.domain.equipment;
