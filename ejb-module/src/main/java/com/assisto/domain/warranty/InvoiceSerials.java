package com.assisto.domain.warranty;

import com.assisto.domain.shared.FieldError;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The serial numbers an invoice ships (W1). A serial stands for one machine: it appears once in
 * the invoice, and a serial already registered as equipment of the same item is a machine the
 * product knows, not a new one — a second invoice for it (a correction re-issued under a new
 * number, a mistyped serial) would make duplicate equipment and a second warranty, so the
 * invoice is refused with the equipment and warranty it collides with. Errors name the JSON path
 * of the serial ({@code lines[2].serialNumbers[0]}).
 */
public final class InvoiceSerials {

    private InvoiceSerials() {}

    /** One invoice line as far as serials go: its item and the serials shipped, trimmed. */
    public record Line(String itemCode, List<String> serialNumbers) {}

    /** A machine already registered: item and serial, the equipment, and the warranty covering it (or null). */
    public record Registered(String itemCode, String serialNumber, long equipmentId, String warrantyNumber) {}

    public static List<FieldError> check(List<Line> lines, Collection<Registered> registered) {
        Map<String, Registered> known = new HashMap<>();
        registered.forEach(machine -> known.putIfAbsent(key(machine.itemCode(), machine.serialNumber()), machine));
        Map<String, String> firstSeen = new HashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            for (int j = 0; j < line.serialNumbers().size(); j++) {
                String serial = line.serialNumbers().get(j);
                String at = "lines[" + i + "].serialNumbers[" + j + "]";
                String earlier = firstSeen.putIfAbsent(serial, at);
                if (earlier != null) {
                    errors.add(new FieldError(at, "warranty.serialTwice", serial, earlier));
                    continue;
                }
                Registered machine = known.get(key(line.itemCode(), serial));
                if (machine != null) {
                    String equipment = String.valueOf(machine.equipmentId());
                    errors.add(
                            machine.warrantyNumber() == null
                                    ? new FieldError(
                                            at, "warranty.serialRegistered", serial, line.itemCode(), equipment)
                                    : new FieldError(
                                            at,
                                            "warranty.serialUnderWarranty",
                                            serial,
                                            line.itemCode(),
                                            equipment,
                                            machine.warrantyNumber()));
                }
            }
        }
        return errors;
    }

    private static String key(String itemCode, String serial) {
        return itemCode + '\u0000' + serial;
    }
}
