package com.assisto.domain.contract;

import com.assisto.domain.charging.ChargingRules;
import com.assisto.domain.contracttype.ContractTerms;
import com.assisto.domain.contracttype.ContractType;
import com.assisto.domain.contracttype.ContractTypeSettings;
import com.assisto.domain.customer.Customer;
import com.assisto.domain.customer.CustomerRegistry;
import com.assisto.domain.item.Item;
import com.assisto.domain.item.ItemTerms;
import com.assisto.domain.pricing.LinePrice;
import com.assisto.domain.shared.BaseEntity;
import com.assisto.domain.shared.customfields.CustomFieldDefinition;
import com.assisto.domain.shared.customfields.CustomFieldKind;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Contract types, customers and items for the domain tests, as the back office would set them up. */
public final class Fixtures {

    private static long nextId = 1000;

    private Fixtures() {}

    public static ContractTypeSettings settings(boolean warranty, String quotePrefix) {
        return new ContractTypeSettings(
                warranty ? "Warranty" : "Full service",
                12,
                3,
                12,
                true,
                warranty,
                30,
                warranty ? "GAR" : "FS",
                quotePrefix,
                new ChargingRules(true, true, true, false));
    }

    public static ContractType fullService() {
        ContractType type = new ContractType("1", settings(false, "Q-FS"));
        type.defineFields(List.of(
                new CustomFieldDefinition("responseHours", "Response time (hours)", CustomFieldKind.NUMBER, true, null),
                new CustomFieldDefinition("signedOn", "Signed on", CustomFieldKind.DATE, false, null),
                new CustomFieldDefinition(
                        "level", "Service level", CustomFieldKind.CHOICE, false, "Gold;Silver;Bronze"),
                new CustomFieldDefinition("note", "Note", CustomFieldKind.TEXT, false, null),
                new CustomFieldDefinition(
                        "visits", "Planned visits", CustomFieldKind.TABLE, false, "month:NUMBER;task:TEXT")));
        return type;
    }

    public static ContractType warranty() {
        return new ContractType("5", settings(true, null));
    }

    public static Customer customer(String code) {
        return new Customer(new CustomerRegistry(
                code, "Customer " + code, null, null, "Anna Rossi", null, null, null, null, "RB30"));
    }

    public static Item item(String code) {
        return new Item(
                code, new ItemTerms("Copier " + code, "pz", new BigDecimal("2500"), 24, "NBD", true, 30, true, true));
    }

    public static ContractTerms yearFrom(LocalDate start) {
        return new ContractTerms("1", start, 12, 12, 3, "RB30", true);
    }

    public static Contract quote(ContractType type, LocalDate start) {
        return Contract.quote(
                type,
                customer("501.00001"),
                "Q-FS/2025/00001",
                yearFrom(start),
                Map.of("responseHours", 8),
                start.minusDays(10));
    }

    public static LinePrice yearly(String amount) {
        return LinePrice.manual(new BigDecimal(amount), null);
    }

    /** Gives the entities the ids the database would, so lines can be addressed by id. */
    public static void identify(BaseEntity... entities) {
        try {
            Field id = BaseEntity.class.getDeclaredField("id");
            id.setAccessible(true);
            for (BaseEntity entity : entities) {
                if (entity.getId() == null) {
                    id.set(entity, nextId++);
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void identifyLines(Contract contract) {
        contract.getLines().forEach(Fixtures::identify);
    }
}
