package com.assisto.domain.equipment;

import com.assisto.domain.customer.ServiceSite;
import com.assisto.domain.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A piece of equipment changing place: from a site, plant and parent machine to others, on a
 * day. The equipment keeps its identity and its history; this row is that history's move. A
 * component moved because its parent moved names the parent it went with.
 */
@Entity
@Table(name = "equipment_move")
public class EquipmentMove extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "equipment_id")
    private Equipment equipment;

    @Column(name = "moved_on", nullable = false)
    private LocalDate movedOn;

    @ManyToOne
    @JoinColumn(name = "from_site_id")
    private ServiceSite fromSite;

    @ManyToOne
    @JoinColumn(name = "to_site_id")
    private ServiceSite toSite;

    @ManyToOne
    @JoinColumn(name = "from_plant_id")
    private Plant fromPlant;

    @ManyToOne
    @JoinColumn(name = "to_plant_id")
    private Plant toPlant;

    @ManyToOne
    @JoinColumn(name = "from_parent_id")
    private Equipment fromParent;

    @ManyToOne
    @JoinColumn(name = "to_parent_id")
    private Equipment toParent;

    @ManyToOne
    @JoinColumn(name = "moved_with_id")
    private Equipment movedWith;

    private String note;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    protected EquipmentMove() {}

    EquipmentMove(Equipment equipment, Placement from, Placement to, Equipment movedWith, Relocation relocation) {
        this.equipment = equipment;
        this.movedOn = relocation.on();
        this.fromSite = from.site();
        this.toSite = to.site();
        this.fromPlant = from.plant();
        this.toPlant = to.plant();
        this.fromParent = from.parent();
        this.toParent = to.parent();
        this.movedWith = movedWith;
        this.note = relocation.note();
        this.recordedBy = relocation.by();
        this.recordedAt = OffsetDateTime.ofInstant(relocation.at(), ZoneOffset.UTC);
    }

    /** Who moves equipment, when and why, as one value. */
    public record Relocation(LocalDate on, String note, String by, Instant at) {}

    public Equipment getEquipment() {
        return equipment;
    }

    public LocalDate getMovedOn() {
        return movedOn;
    }

    public ServiceSite getFromSite() {
        return fromSite;
    }

    public ServiceSite getToSite() {
        return toSite;
    }

    public Plant getFromPlant() {
        return fromPlant;
    }

    public Plant getToPlant() {
        return toPlant;
    }

    public Equipment getFromParent() {
        return fromParent;
    }

    public Equipment getToParent() {
        return toParent;
    }

    public Equipment getMovedWith() {
        return movedWith;
    }

    public String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public OffsetDateTime getRecordedAt() {
        return recordedAt;
    }
}
