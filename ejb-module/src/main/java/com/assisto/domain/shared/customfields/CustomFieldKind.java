package com.assisto.domain.shared.customfields;

/** The kinds of value a custom field holds. */
public enum CustomFieldKind {
    TEXT,
    NUMBER,
    DATE,
    CHOICE,
    TABLE
}
