package com.assisto.application.attachment;

/** A file to hand to the user: its safe name, its checked media type and its bytes. */
public record StoredFile(String fileName, String mediaType, byte[] content) {}
