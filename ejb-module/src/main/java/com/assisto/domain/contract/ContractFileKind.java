package com.assisto.domain.contract;

/** A contract's files are either attached by users (scans, photos) or generated from templates. */
public enum ContractFileKind {
    ATTACHMENT,
    DOCUMENT
}
