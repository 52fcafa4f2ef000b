package com.assisto.interfaces.rest.contract;

import com.assisto.application.contract.ContractDraft;
import com.assisto.application.contract.LineRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The JSON of the contract resources, in one place because the resources share it: a line change
 * answers with the whole contract, and the contract carries its lines and instalments.
 */
public final class ContractDtos {

    private ContractDtos() {}

    /** A line of the contract list. */
    public record ContractSummary(
            long id,
            long version,
            String number,
            String typeCode,
            String typeName,
            long customerId,
            String customerCode,
            String customerName,
            String status,
            LocalDate startDate,
            LocalDate endDate,
            BigDecimal value) {}

    /** How a line's price was reached. */
    public record PriceDto(
            String source,
            String tariffCode,
            LocalDate priceDate,
            BigDecimal monthlyPrice,
            BigDecimal coefficientMonths,
            BigDecimal tariffAmount,
            BigDecimal amount,
            boolean manual,
            String explanation) {}

    /** A covered line. */
    public record LineDto(
            long id,
            Long equipmentId,
            String serialNumber,
            String itemCode,
            String description,
            LocalDate coveredFrom,
            LocalDate removedOn,
            PriceDto price) {}

    /** An instalment, planned (or projected, on a quote). */
    public record InstalmentDto(
            int sequence,
            LocalDate periodFrom,
            LocalDate periodTo,
            LocalDate dueDate,
            BigDecimal amount,
            String status,
            String erpInvoiceNumber,
            LocalDate erpInvoiceDate) {}

    /** What the contract covers of interventions' costs. */
    public record ChargingDto(
            boolean labourCovered, boolean travelCovered, boolean partsCovered, boolean consumablesCovered) {}

    /** A contract in full. */
    public record ContractDetail(
            long id,
            long version,
            String number,
            String quoteNumber,
            String typeCode,
            String typeName,
            boolean warranty,
            long customerId,
            String customerCode,
            String customerName,
            String typologyCode,
            LocalDate startDate,
            int durationMonths,
            LocalDate endDate,
            int renewalMonths,
            int billingMonths,
            String paymentTerms,
            boolean autoRenew,
            String status,
            LocalDate issuedOn,
            LocalDate quoteValidUntil,
            LocalDate statusChangedOn,
            String statusReason,
            BigDecimal value,
            ChargingDto charging,
            Map<String, Object> customFields,
            List<LineDto> lines,
            List<InstalmentDto> instalments,
            RevaluationDto revaluation,
            LocalDate nextAnniversary,
            BigDecimal termIndexFactor,
            Integer warningDays,
            String responsibleUser,
            Long renewalOf,
            Long invoiceId) {}

    /**
     * The index clause (C6): index, share of the variation, decreases, floor, reference month lag,
     * and interval: YEARLY (the default: the twelve months before each revaluation) or OVER_TERM
     * (once per term, over the whole term).
     */
    public record RevaluationDto(
            String indexCode,
            BigDecimal sharePercent,
            boolean decreasesApplied,
            BigDecimal floorPercent,
            int lagMonths,
            String interval) {}

    /** The clause to set (null clause: none), with the contract's version. */
    public record RevaluationInput(Long version, RevaluationDto revaluation) {}

    /** Who receives the contract's warnings and how early (C10). */
    public record WarningsInput(Long version, String responsibleUser, Integer warningDays) {}

    /** A revaluation applied (C6). */
    public record RevaluationRecordDto(
            long contractId,
            long previousId,
            Long runId,
            LocalDate appliedOn,
            String indexCode,
            String fromMonth,
            BigDecimal fromValue,
            String toMonth,
            BigDecimal toValue,
            BigDecimal coefficient,
            BigDecimal variationPercent,
            BigDecimal sharePercent,
            BigDecimal appliedPercent,
            BigDecimal amountBefore,
            BigDecimal amountAfter,
            String performedBy,
            Instant performedAt) {}

    /** A line to add: equipment or item, optional coefficient and manual price, the change date if running. */
    public record LineInput(
            Long version,
            Long equipmentId,
            String itemCode,
            String description,
            BigDecimal coefficientMonths,
            BigDecimal price,
            LocalDate date) {

        LineRequest request() {
            return new LineRequest(equipmentId, itemCode, description, coefficientMonths, price);
        }
    }

    /** A new quote or contract, or the changes to one; empty terms take the type's defaults. */
    public record ContractInput(
            Long version,
            String type,
            Long customerId,
            String number,
            String typologyCode,
            LocalDate startDate,
            Integer durationMonths,
            Integer renewalMonths,
            Integer billingMonths,
            String paymentTerms,
            Boolean autoRenew,
            Map<String, Object> customFields,
            List<LineInput> lines,
            boolean confirmed) {

        ContractDraft draft() {
            return new ContractDraft(
                    type,
                    customerId,
                    number,
                    typologyCode,
                    startDate,
                    durationMonths,
                    renewalMonths,
                    billingMonths,
                    paymentTerms,
                    autoRenew,
                    customFields,
                    lines == null
                            ? null
                            : lines.stream().map(LineInput::request).toList(),
                    confirmed);
        }
    }

    /** A delivery (or credit) note made by a mid-term change. */
    public record NoteDto(
            long id,
            String number,
            String kind,
            LocalDate date,
            String description,
            LocalDate periodFrom,
            LocalDate periodTo,
            long remainingDays,
            long periodDays,
            BigDecimal fullValue,
            BigDecimal amount) {}

    /** A contract after a line change, with the note the change made, if any. */
    public record LineChangeDto(ContractDetail contract, NoteDto deliveryNote) {}

    /** The prorated share of a line's value for a mid-term change. */
    public record ProratingDto(
            String kind,
            LocalDate changeDate,
            long remainingDays,
            long periodDays,
            BigDecimal fullValue,
            BigDecimal amount) {}

    /** What a line change would price and charge, before it is saved. */
    public record PreviewDto(PriceDto price, ProratingDto prorating) {}

    /** A status change: the version read, the day (today if empty) and, for rejections and cancellations, why. */
    public record StatusInput(Long version, LocalDate date, String reason) {}

    /** A manual price for a quote line. */
    public record PriceInput(Long version, BigDecimal price) {}

    /** A file kept with the contract. */
    public record FileDto(
            long id,
            String kind,
            String fileName,
            String mediaType,
            long sizeBytes,
            String sha256,
            String templateName,
            Integer templateRevision,
            String createdBy,
            Instant createdAt) {}

    /** One entry of the contract's audit trail. */
    public record AuditDto(Instant changedAt, String changedBy, String action, String detail) {}

    /** The template to make a document from. */
    public record DocumentInput(String template) {}
}
