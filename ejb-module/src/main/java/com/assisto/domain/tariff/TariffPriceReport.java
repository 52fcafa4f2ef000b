package com.assisto.domain.tariff;

import com.assisto.domain.shared.Message;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The ERP's report of a monthly price of a tariff (X1, M3): the tariff's code and name, the item or
 * the service typology priced, the day the price holds from, and the price. A tariff the ERP names
 * for the first time is created.
 */
public record TariffPriceReport(
        String tariffCode,
        String tariffName,
        String itemCode,
        String typologyCode,
        LocalDate validFrom,
        BigDecimal monthlyPrice) {

    static final int CODE_LENGTH = 20;
    static final int NAME_LENGTH = 120;
    static final int TYPOLOGY_LENGTH = 10;

    public TariffPriceReport {
        tariffCode = blankToNull(tariffCode);
        tariffName = blankToNull(tariffName);
        itemCode = blankToNull(itemCode);
        typologyCode = blankToNull(typologyCode);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The price's key at the ERP: tariff, item or typology, and day. */
    public String key() {
        return tariffCode + "/" + (itemCode != null ? itemCode : "T:" + typologyCode) + "/" + validFrom;
    }

    /** What is wrong with the report, each problem naming the ERP's column; empty when it can be applied. */
    public Optional<Message> problem() {
        List<Message> problems = new ArrayList<>();
        if (tariffCode == null) {
            problems.add(Message.of("import.fieldError", "cod_listino", Message.of("value.required")));
        } else if (tariffCode.length() > CODE_LENGTH) {
            problems.add(Message.of("import.fieldError", "cod_listino", Message.of("value.tooLong", CODE_LENGTH)));
        }
        if (tariffName != null && tariffName.length() > NAME_LENGTH) {
            problems.add(Message.of("import.fieldError", "descrizione", Message.of("value.tooLong", NAME_LENGTH)));
        }
        if ((itemCode == null) == (typologyCode == null)) {
            problems.add(Message.of("import.fieldError", "cod_articolo", Message.of("tariff.itemOrTypology")));
        } else if (typologyCode != null && typologyCode.length() > TYPOLOGY_LENGTH) {
            problems.add(Message.of("import.fieldError", "tipologia", Message.of("value.tooLong", TYPOLOGY_LENGTH)));
        }
        if (validFrom == null) {
            problems.add(Message.of("import.fieldError", "valido_dal", Message.of("value.required")));
        }
        if (monthlyPrice == null || monthlyPrice.signum() < 0) {
            problems.add(Message.of("import.fieldError", "canone_mensile", Message.of("value.requiredNotNegative")));
        }
        return problems.stream().reduce((first, next) -> Message.of("import.fieldErrors", first, next));
    }
}
