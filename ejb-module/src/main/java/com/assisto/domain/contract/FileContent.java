package com.assisto.domain.contract;

import com.assisto.domain.shared.BaseEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;

/**
 * The bytes of a stored file, in their own table so that listing files never reads them. Kept
 * in the database: they are backed up and restored with the contracts they belong to.
 */
@Entity
@Table(name = "file_content")
public class FileContent extends BaseEntity {

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] bytes;

    protected FileContent() {}

    FileContent(byte[] bytes) {
        this.bytes = bytes.clone();
    }

    public byte[] getBytes() {
        return bytes.clone();
    }
}
