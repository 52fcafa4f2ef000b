package com.assisto.application.contract;

import com.assisto.domain.contracttype.ContractTerms;
import com.assisto.domain.contracttype.ContractType;
import com.assisto.domain.customer.Customer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A new quote or contract as the user fills it in. Terms left empty take the contract type's
 * defaults and the customer's payment terms; the number, when empty, is drawn from the series.
 *
 * @param confirmed true to register a contract the customer has already signed, skipping the quote
 */
public record ContractDraft(
        String typeCode,
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
        List<LineRequest> lines,
        boolean confirmed) {

    ContractTerms terms(ContractType type, Customer customer) {
        return new ContractTerms(
                typologyCode,
                startDate,
                durationMonths != null ? durationMonths : type.getDurationMonths(),
                renewalMonths != null ? renewalMonths : type.getRenewalMonths(),
                billingMonths != null ? billingMonths : type.getBillingMonths(),
                paymentTerms != null && !paymentTerms.isBlank() ? paymentTerms : customer.getPaymentTerms(),
                autoRenew != null ? autoRenew : type.isAutoRenew());
    }
}
