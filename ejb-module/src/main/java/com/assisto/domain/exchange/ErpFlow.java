package com.assisto.domain.exchange;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The flows of the ERP exchange (X1, X2). Each has a name used in settings, file names and the
 * log ({@code open-items}), and a direction. An outbound flow carries the outbox messages of one
 * type; a new outbound flow (validated interventions, stock unloads) is a new constant here and a
 * mapping in the ERP's translator.
 */
public enum ErpFlow {
    CUSTOMERS(Direction.INBOUND, null),
    ITEMS(Direction.INBOUND, null),
    TARIFFS(Direction.INBOUND, null),
    STOCK(Direction.INBOUND, null),
    OPEN_ITEMS(Direction.INBOUND, null),
    INVOICES(Direction.INBOUND, null),
    SUPPLIER_COSTS(Direction.INBOUND, null),
    INVOICING_RESULTS(Direction.INBOUND, null),
    INSTALMENTS(Direction.OUTBOUND, "INSTALMENT"),
    DELIVERY_NOTES(Direction.OUTBOUND, "DELIVERY_NOTE");

    private final Direction direction;
    private final String messageType;

    ErpFlow(Direction direction, String messageType) {
        this.direction = direction;
        this.messageType = messageType;
    }

    public Direction direction() {
        return direction;
    }

    /** The outbox message type an outbound flow delivers; empty for inbound flows. */
    public Optional<String> messageType() {
        return Optional.ofNullable(messageType);
    }

    /** The flow's name in settings and logs: {@code OPEN_ITEMS} is {@code open-items}. */
    public String settingName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<ErpFlow> bySettingName(String name) {
        return Arrays.stream(values())
                .filter(flow -> flow.settingName().equals(name))
                .findFirst();
    }

    public static Optional<ErpFlow> byMessageType(String type) {
        return Arrays.stream(values())
                .filter(flow -> type.equals(flow.messageType))
                .findFirst();
    }
}
