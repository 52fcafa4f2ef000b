package com.assisto.domain.contracttype;

import java.util.List;

/** Where the document templates of contract types are kept, every revision of each. */
public interface ContractTemplateRepository {

    /** The latest revision of each of the type's templates still offered for new documents, by name. */
    List<ContractTemplate> current(ContractType type);

    /** Every revision of the type's template with this name, newest first. */
    List<ContractTemplate> revisions(ContractType type, String name);

    /** Stores a new revision and assigns its id. */
    void add(ContractTemplate template);

    /** Deletes the revision. */
    void remove(ContractTemplate template);
}
