package com.assisto.application.index;

import com.assisto.application.shared.AuditTrail;
import com.assisto.domain.audit.AuditTexts;
import com.assisto.domain.index.IndexBase;
import com.assisto.domain.index.IndexValue;
import com.assisto.domain.index.PriceIndex;
import com.assisto.domain.index.PriceIndexRepository;
import com.assisto.domain.shared.Figures;
import com.assisto.domain.shared.ImportReport;
import com.assisto.domain.shared.Message;
import com.assisto.domain.shared.NotFoundException;
import com.assisto.domain.shared.ValidationException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Price-index series (C6): created and edited by the back office, values typed in or imported from CSV. */
@Stateless
public class IndexService {

    private static final String AUDIT_TYPE = "PriceIndex";

    @Inject
    private PriceIndexRepository indices;

    @EJB
    private AuditTrail audit;

    public List<PriceIndex> list() {
        return indices.all();
    }

    public PriceIndex get(String code) {
        return indices.findByCode(code).orElseThrow(() -> new NotFoundException("Index", code));
    }

    /** The series with its values loaded, for views outside the transaction. */
    public PriceIndex view(String code) {
        PriceIndex index = get(code);
        index.getValues().size();
        index.getBases().size();
        return index;
    }

    public PriceIndex create(String code, String name, Integer variationDecimals, List<IndexBase> bases) {
        if (indices.findByCode(code).isPresent()) {
            throw new ValidationException("code", "index.exists", code);
        }
        PriceIndex index = new PriceIndex(code, name, variationDecimals);
        index.defineBases(bases);
        indices.add(index);
        audit.record(AUDIT_TYPE, index.getId(), "created", Message.of("audit.indexCreated", code, name, bases.size()));
        return index;
    }

    public PriceIndex update(String code, long version, String name, Integer variationDecimals, List<IndexBase> bases) {
        PriceIndex index = get(code);
        index.checkVersion(version);
        index.rename(name, variationDecimals);
        index.defineBases(bases);
        audit.record(AUDIT_TYPE, index.getId(), "updated", Message.of("audit.indexUpdated", name, bases.size()));
        return index;
    }

    /** Records or corrects one month's value. */
    public PriceIndex record(String code, YearMonth month, BigDecimal value, boolean provisional) {
        PriceIndex index = get(code);
        BigDecimal before = index.entry(month).map(IndexValue::getValue).orElse(null);
        index.record(month, value, provisional);
        audit.record(
                AUDIT_TYPE,
                index.getId(),
                "value",
                Message.of(
                        provisional ? "audit.indexValueProvisional" : "audit.indexValue",
                        Figures.month(month),
                        AuditTexts.value(before),
                        AuditTexts.value(value)));
        return index;
    }

    public PriceIndex remove(String code, YearMonth month) {
        PriceIndex index = get(code);
        index.remove(month);
        audit.record(AUDIT_TYPE, index.getId(), "value removed", Figures.month(month));
        return index;
    }

    /**
     * Imports values from CSV with a header {@code month;value;provisional} (month as
     * 2024-10, value with a dot or comma as decimal separator, provisional true/false, may be
     * empty). Good rows are kept; each bad row is reported with its line and reason.
     */
    public ImportReport importCsv(String code, Reader csv) {
        PriceIndex index = get(code);
        ImportReport report = new ImportReport();
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(';')
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        try {
            for (CSVRecord row : format.parse(csv)) {
                long line = row.getRecordNumber() + 1;
                try {
                    YearMonth month = YearMonth.parse(field(row, "month"));
                    BigDecimal value = new BigDecimal(field(row, "value").replace(',', '.'));
                    String flag = row.isMapped("provisional") && row.isSet("provisional") ? row.get("provisional") : "";
                    if (!flag.isEmpty() && !flag.equalsIgnoreCase("true") && !flag.equalsIgnoreCase("false")) {
                        throw new ValidationException("provisional", "index.import.notBoolean", flag);
                    }
                    boolean provisional = Boolean.parseBoolean(flag.toLowerCase(Locale.ROOT));
                    Optional<IndexValue> existing = index.entry(month);
                    boolean existed = existing.isPresent();
                    BigDecimal before = existing.map(IndexValue::getValue).orElse(null);
                    boolean wasProvisional =
                            existing.map(IndexValue::isProvisional).orElse(false);
                    index.record(month, value, provisional);
                    if (!existed) {
                        report.inserted();
                    } else if (before.compareTo(value) != 0 || wasProvisional != provisional) {
                        report.updated();
                    } else {
                        report.unchanged();
                    }
                } catch (DateTimeParseException badMonth) {
                    report.reject(line, Message.of("index.import.notMonth", row.get("month")));
                } catch (NumberFormatException badValue) {
                    report.reject(line, Message.of("index.import.notNumber", row.get("value")));
                } catch (ValidationException invalid) {
                    report.reject(
                            line,
                            Message.of(
                                    "import.rowProblems",
                                    invalid.getErrors().stream()
                                            .map(error ->
                                                    Message.of("import.fieldProblem", error.field(), error.problem()))
                                            .toList()));
                } catch (IllegalArgumentException | IllegalStateException shape) {
                    report.reject(line, Message.of("index.import.notRow"));
                }
            }
        } catch (IOException | UncheckedIOException unreadable) {
            throw new ValidationException("file", "index.import.unreadable", unreadable.getMessage());
        } catch (IllegalArgumentException badHeader) {
            throw new ValidationException("file", "index.import.noHeader", badHeader.getMessage());
        }
        audit.record(
                AUDIT_TYPE,
                index.getId(),
                "imported",
                Message.of(
                        "audit.indexImported",
                        report.getInserted(),
                        report.getUpdated(),
                        report.getRejected().size()));
        return report;
    }

    private static String field(CSVRecord row, String name) {
        if (!row.isMapped(name)) {
            throw new ValidationException("file", "index.import.noColumn", name);
        }
        String value = row.get(name);
        if (value == null || value.isBlank()) {
            throw new ValidationException(name, "index.import.empty");
        }
        return value;
    }
}
