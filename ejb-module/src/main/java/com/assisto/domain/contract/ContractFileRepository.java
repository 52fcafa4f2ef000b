package com.assisto.domain.contract;

import java.util.List;
import java.util.Optional;

/** Where the files of contracts are kept: attachments and the documents made from templates. */
public interface ContractFileRepository {

    /** The contract's files, newest first. */
    List<ContractFile> ofContract(long contractId);

    Optional<ContractFile> find(long fileId);

    /** How many documents of contracts of the type were made from the named template. */
    long documentsFromTemplate(long contractTypeId, String templateName);

    /** Stores a new file and assigns its id. */
    void add(ContractFile file);
}
