package com.assisto.domain.attachment;

/** What an attachment belongs to; interventions join when they come. */
public enum AttachmentOwner {
    CONTRACT,
    EQUIPMENT,
    PLANT
}
