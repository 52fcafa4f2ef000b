package com.assisto.interfaces.rest.contract;

import com.assisto.application.contract.ContractFileEntry;
import com.assisto.domain.audit.AuditEntry;
import com.assisto.domain.charging.ChargingRules;
import com.assisto.domain.contract.Contract;
import com.assisto.domain.contract.ContractLine;
import com.assisto.domain.contract.ContractListing;
import com.assisto.domain.contract.DeliveryNote;
import com.assisto.domain.pricing.LinePrice;
import com.assisto.domain.pricing.Prorating;
import com.assisto.domain.renewal.RevaluationRecord;
import com.assisto.interfaces.rest.contract.ContractDtos.AuditDto;
import com.assisto.interfaces.rest.contract.ContractDtos.ChargingDto;
import com.assisto.interfaces.rest.contract.ContractDtos.ContractDetail;
import com.assisto.interfaces.rest.contract.ContractDtos.ContractSummary;
import com.assisto.interfaces.rest.contract.ContractDtos.FileDto;
import com.assisto.interfaces.rest.contract.ContractDtos.InstalmentDto;
import com.assisto.interfaces.rest.contract.ContractDtos.LineDto;
import com.assisto.interfaces.rest.contract.ContractDtos.NoteDto;
import com.assisto.interfaces.rest.contract.ContractDtos.PriceDto;
import com.assisto.interfaces.rest.contract.ContractDtos.ProratingDto;
import com.assisto.interfaces.rest.contract.ContractDtos.RevaluationDto;
import com.assisto.interfaces.rest.contract.ContractDtos.RevaluationRecordDto;
import java.math.BigDecimal;
import java.util.List;

/** Contracts and what hangs off them as {@link ContractDtos}, mapped here once for every contract resource. */
final class ContractDtoAssembler {

    private ContractDtoAssembler() {}

    static ContractSummary summary(ContractListing contract) {
        return new ContractSummary(
                contract.id(),
                contract.version(),
                contract.number(),
                contract.typeCode(),
                contract.typeName(),
                contract.customerId(),
                contract.customerCode(),
                contract.customerName(),
                contract.status().name(),
                contract.startDate(),
                contract.endDate(),
                contract.value());
    }

    static ContractDetail detail(Contract contract) {
        ChargingRules charging = contract.getCharging();
        return new ContractDetail(
                contract.getId(),
                contract.getVersion(),
                contract.getNumber(),
                contract.getQuoteNumber(),
                contract.getType().getCode(),
                contract.getType().getName(),
                contract.getType().isWarranty(),
                contract.getCustomer().getId(),
                contract.getCustomer().getCode(),
                contract.getCustomer().getName(),
                contract.getTypologyCode(),
                contract.getStartDate(),
                contract.getDurationMonths(),
                contract.getEndDate(),
                contract.getRenewalMonths(),
                contract.getBillingMonths(),
                contract.getPaymentTerms(),
                contract.isAutoRenew(),
                contract.getStatus().name(),
                contract.getIssuedOn(),
                contract.getQuoteValidUntil(),
                contract.getStatusChangedOn(),
                contract.getStatusReason(),
                contract.getValue(),
                new ChargingDto(
                        charging.isLabourCovered(),
                        charging.isTravelCovered(),
                        charging.isPartsCovered(),
                        charging.isConsumablesCovered()),
                contract.getCustomFields(),
                contract.getLines().stream().map(ContractDtoAssembler::line).toList(),
                instalments(contract),
                contract.getRevaluation()
                        .map(clause -> new RevaluationDto(
                                clause.getIndexCode(),
                                clause.getSharePercent(),
                                clause.isDecreasesApplied(),
                                clause.getFloorPercent(),
                                clause.getLagMonths(),
                                clause.getInterval().name()))
                        .orElse(null),
                contract.getNextAnniversary(),
                contract.getTermIndexFactor(),
                contract.getWarningDays(),
                contract.getResponsibleUser(),
                contract.getRenewalOf(),
                contract.getInvoiceId());
    }

    static List<InstalmentDto> instalments(Contract contract) {
        return contract.schedule().stream()
                .map(planned -> new InstalmentDto(
                        planned.sequence(),
                        planned.period().from(),
                        planned.period().to(),
                        planned.dueDate(),
                        planned.amount(),
                        planned.status(),
                        planned.erpInvoiceNumber(),
                        planned.erpInvoiceDate()))
                .toList();
    }

    static LineDto line(ContractLine line) {
        return new LineDto(
                line.getId(),
                line.getEquipment() == null ? null : line.getEquipment().getId(),
                line.getEquipment() == null ? null : line.getEquipment().getSerialNumber(),
                line.getItem() == null ? null : line.getItem().getCode(),
                line.getDescription(),
                line.getCoveredFrom(),
                line.getRemovedOn(),
                price(line.getPrice()));
    }

    static PriceDto price(LinePrice price) {
        return new PriceDto(
                price.getSource().name(),
                price.getTariffCode(),
                price.getPriceDate(),
                price.getMonthlyPrice(),
                price.getCoefficientMonths(),
                price.getTariffAmount(),
                price.getAmount(),
                price.isManual(),
                price.explanation().toString());
    }

    static ProratingDto prorating(String kind, Prorating prorating) {
        return new ProratingDto(
                kind,
                prorating.changeDate(),
                prorating.remainingDays(),
                prorating.periodDays(),
                prorating.fullValue(),
                prorating.amount());
    }

    static NoteDto note(DeliveryNote note) {
        return new NoteDto(
                note.getId(),
                note.getNumber(),
                note.getKind().name(),
                note.getNoteDate(),
                note.getDescription(),
                note.getPeriodFrom(),
                note.getPeriodTo(),
                note.getRemainingDays(),
                note.getPeriodDays(),
                note.getFullValue(),
                note.getAmount());
    }

    static FileDto file(ContractFileEntry file) {
        return new FileDto(
                file.getId(),
                file.getKind().name(),
                file.getFileName(),
                file.getMediaType(),
                file.getSizeBytes(),
                file.getSha256(),
                file.getTemplateName(),
                file.getTemplateRevision(),
                file.getCreatedBy(),
                file.getCreatedAt());
    }

    static AuditDto audit(AuditEntry entry) {
        return new AuditDto(entry.getChangedAt(), entry.getChangedBy(), entry.getAction(), entry.getDetail());
    }

    static RevaluationRecordDto revaluationRecord(RevaluationRecord record) {
        return new RevaluationRecordDto(
                record.getContractId(),
                record.getPreviousId(),
                record.getRunId(),
                record.getAppliedOn(),
                record.getIndexCode(),
                record.getFromMonth().toString(),
                record.getFromValue(),
                record.getToMonth().toString(),
                record.getToValue(),
                asComputed(record.getCoefficient()),
                asComputed(record.getVariationPercent()),
                asComputed(record.getSharePercent()),
                asComputed(record.getAppliedPercent()),
                record.getAmountBefore(),
                record.getAmountAfter(),
                record.getPerformedBy(),
                record.getPerformedAt());
    }

    /**
     * A ratio or percentage with the decimals it has, not the column's eight: 0.8, not 0.80000000,
     * and zero as 0, not 0E-8 (a zero with more than six decimals prints in exponent notation).
     */
    static BigDecimal asComputed(BigDecimal figure) {
        if (figure == null) {
            return null;
        }
        BigDecimal stripped = figure.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
