package com.assisto.domain.attachment;

import com.assisto.domain.shared.BaseEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;

/**
 * The bytes of a stored file, in their own table so that listing files never reads them. Kept
 * in the database: they are backed up and restored with the records they belong to, are written in
 * the same transaction, and every instance of a cluster reads them without a shared file system.
 */
@Entity
@Table(name = "file_content")
public class FileContent extends BaseEntity {

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] bytes;

    protected FileContent() {}

    public FileContent(byte[] bytes) {
        this.bytes = bytes.clone();
    }

    public byte[] getBytes() {
        return bytes.clone();
    }
}
