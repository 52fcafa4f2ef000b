package com.assisto.application.demo;

import com.assisto.application.contract.ContractDocuments;
import com.assisto.application.contract.ContractDraft;
import com.assisto.application.contract.ContractLines;
import com.assisto.application.contract.ContractLookup;
import com.assisto.application.contract.ContractSettings;
import com.assisto.application.contract.LineRequest;
import com.assisto.application.contract.QuoteService;
import com.assisto.application.contracttype.ContractTypeService;
import com.assisto.application.equipment.EquipmentService;
import com.assisto.domain.charging.ChargingRules;
import com.assisto.domain.contract.Contract;
import com.assisto.domain.contract.ContractFilter;
import com.assisto.domain.contract.ContractRepository;
import com.assisto.domain.contract.RevaluationClause;
import com.assisto.domain.contract.RevaluationInterval;
import com.assisto.domain.contracttype.ContractType;
import com.assisto.domain.contracttype.ContractTypeSettings;
import com.assisto.domain.customer.Customer;
import com.assisto.domain.customer.CustomerFilter;
import com.assisto.domain.customer.CustomerRepository;
import com.assisto.domain.equipment.Equipment;
import com.assisto.domain.equipment.EquipmentDetails;
import com.assisto.domain.item.Item;
import com.assisto.domain.item.ItemRepository;
import com.assisto.domain.shared.customfields.CustomFieldDefinition;
import com.assisto.domain.shared.customfields.CustomFieldKind;
import com.assisto.infrastructure.documents.BuiltInTemplates;
import com.assisto.infrastructure.persistence.SeedingLock;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Gives the demo company a living contract book, through the same services the users call:
 * six contract types with custom fields and document templates, equipment at the customers (of
 * the types and in the plants of {@link DemoInstalledBase}),
 * running contracts started over the last year, open and rejected quotes, warranties, and
 * mid-term changes with their delivery notes. Dates follow today, so the demo never looks stale.
 */
@Singleton
@Startup
@DependsOn("DemoData")
public class DemoContracts {

    private static final Logger LOG = Logger.getLogger(DemoContracts.class.getName());

    @Inject
    private ContractRepository contractRepository;

    @Inject
    private CustomerRepository customerRepository;

    @Inject
    private ItemRepository itemRepository;

    @EJB
    private ContractTypeService types;

    @EJB
    private ContractLines contractLines;

    @EJB
    private ContractSettings contractSettings;

    @EJB
    private ContractLookup contracts;

    @EJB
    private QuoteService quoteService;

    @EJB
    private EquipmentService equipment;

    @Inject
    private DemoInstalledBase installedBase;

    @EJB
    private ContractDocuments documents;

    @Inject
    @ConfigProperty(name = "assisto.demo-data", defaultValue = "false")
    private boolean enabled;

    @Inject
    private SeedingLock seeding;

    @PostConstruct
    void load() {
        if (!enabled) {
            return;
        }
        seeding.holdUntilCommit();
        if (contractRepository.count(new ContractFilter(null, null, null, null, null)) > 0) {
            return;
        }
        Random random = new Random(20261124L);
        LocalDate today = LocalDate.now();
        contractTypes();
        installedBase.defineTypes();
        List<Customer> customers = customerRepository.page(CustomerFilter.ALL, "code", true, 0, 150);
        List<Item> machines = itemRepository.withWarranty();
        int active = 0;
        int quotes = 0;
        int warranties = 0;
        int notes = 0;
        for (int index = 0; index < customers.size(); index++) {
            Customer customer = customers.get(index);
            List<Equipment> installed = install(random, customer, machines, today);
            String typeCode = new String[] {"1", "1", "2", "6"}[random.nextInt(4)];
            // one in ten ended last month: the renewal run (nightly, or from the console) has work to show
            LocalDate start = today.withDayOfMonth(1).minusMonths(index % 10 == 3 ? 13 : random.nextInt(11));
            boolean quote = index % 5 == 1;
            Contract contract = quoteService.create(
                    draft(
                            typeCode,
                            customer,
                            quote ? today.withDayOfMonth(1).plusMonths(1) : start,
                            installed,
                            random,
                            !quote),
                    quote ? today.minusDays(random.nextInt(10)) : start);
            if (quote) {
                quotes++;
                if (index % 25 == 6) {
                    quoteService.reject(contract.getId(), contract.getVersion(), today, "Chose a competitor");
                }
            } else {
                active++;
                if (index % 4 == 0) {
                    contractSettings.setRevaluation(
                            contract.getId(),
                            contract.getVersion(),
                            new RevaluationClause(
                                    "FOI", new BigDecimal("75"), false, null, 2, RevaluationInterval.YEARLY));
                    contract = contracts.view(contract.getId());
                }
                LocalDate change = start.plusDays(20 + random.nextInt(60));
                if (index % 6 == 0 && !change.isAfter(today) && contract.term().contains(change)) {
                    Item extra = machines.get(random.nextInt(machines.size()));
                    contractLines.addLine(
                            contract.getId(),
                            contract.getVersion(),
                            new LineRequest(null, extra.getCode(), null, null, null),
                            change);
                    notes++;
                }
            }
            Equipment first = installed.get(0);
            if (first.getWarrantyEnd() != null && first.getWarrantyEnd().isAfter(today) && index % 3 == 0) {
                quoteService.create(
                        new ContractDraft(
                                "5",
                                customer.getId(),
                                null,
                                null,
                                first.getSaleDate(),
                                first.getItem().getWarrantyMonths(),
                                first.getItem().getWarrantyMonths(),
                                first.getItem().getWarrantyMonths(),
                                null,
                                false,
                                Map.of(),
                                List.of(new LineRequest(first.getId(), null, null, null, null)),
                                true),
                        first.getSaleDate());
                warranties++;
            }
        }
        LOG.info("Demo contracts loaded: " + active + " running, " + quotes + " quotes, " + warranties + " warranties, "
                + notes + " mid-term changes");
    }

    private ContractDraft draft(
            String typeCode,
            Customer customer,
            LocalDate start,
            List<Equipment> installed,
            Random random,
            boolean confirmed) {
        List<LineRequest> lines = new ArrayList<>();
        for (Equipment machine : installed) {
            lines.add(new LineRequest(machine.getId(), null, null, null, null));
        }
        Map<String, Object> fields = switch (typeCode) {
            case "1" ->
                Map.of(
                        "responseHours",
                        new int[] {4, 8, 16}[random.nextInt(3)],
                        "serviceLevel",
                        new String[] {"Gold", "Silver", "Bronze"}[random.nextInt(3)],
                        "visits",
                        List.of(
                                Map.of("month", 3, "task", "Preventive maintenance"),
                                Map.of("month", 9, "task", "Safety check")));
            case "2" -> Map.of("responseHours", 16);
            default -> Map.of("minimumMonths", 36);
        };
        return new ContractDraft(
                typeCode,
                customer.getId(),
                null,
                String.valueOf(1 + random.nextInt(8)),
                start,
                null,
                null,
                null,
                null,
                null,
                fields,
                lines,
                confirmed);
    }

    private List<Equipment> install(Random random, Customer customer, List<Item> machines, LocalDate today) {
        List<Equipment> installed = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int n = 0; n < count; n++) {
            Item item = machines.get(random.nextInt(machines.size()));
            LocalDate sold = today.minusDays(30 + random.nextInt(900));
            String serial = item.getCode() + "-" + (10000 + random.nextInt(90000));
            installed.add(equipment.create(installedBase.describe(
                    customer,
                    item,
                    customer.getSites().isEmpty()
                            ? null
                            : customer.getSites().get(0).getId(),
                    new EquipmentDetails(
                            serial,
                            item.getDescription(),
                            item.getDescription()
                                    .split(" ")[item.getDescription().split(" ").length - 2],
                            "M" + (100000 + random.nextInt(900000)),
                            new String[] {"Ground floor", "Office 2", "Plant room", "Reception"}[random.nextInt(4)],
                            sold,
                            sold.plusMonths(item.getWarrantyMonths()).minusDays(1),
                            random.nextInt(5) > 0,
                            null))));
        }
        return installed;
    }

    private void contractTypes() {
        ChargingRules full = new ChargingRules(true, true, true, false);
        ChargingRules partsExcluded = new ChargingRules(true, true, false, false);
        types.create(
                "1",
                new ContractTypeSettings("Full-service maintenance", 12, 3, 12, true, false, 30, "FS", "Q-FS", full),
                List.of(
                        new CustomFieldDefinition(
                                "responseHours",
                                "Response time (hours)",
                                italian("Tempo di intervento (ore)"),
                                CustomFieldKind.NUMBER,
                                true,
                                null),
                        new CustomFieldDefinition(
                                "serviceLevel",
                                "Service level",
                                italian("Livello di servizio"),
                                CustomFieldKind.CHOICE,
                                false,
                                "Gold;Silver;Bronze"),
                        new CustomFieldDefinition(
                                "signedOn", "Signed on", italian("Firmato il"), CustomFieldKind.DATE, false, null),
                        new CustomFieldDefinition(
                                "visits",
                                "Planned visits",
                                italian("Visite programmate"),
                                CustomFieldKind.TABLE,
                                false,
                                "month:NUMBER;task:TEXT")));
        types.create(
                "2",
                new ContractTypeSettings(
                        "Maintenance, parts excluded", 12, 12, 12, true, false, 30, "PE", null, partsExcluded),
                List.of(new CustomFieldDefinition(
                        "responseHours",
                        "Response time (hours)",
                        italian("Tempo di intervento (ore)"),
                        CustomFieldKind.NUMBER,
                        true,
                        null)));
        types.create(
                "3",
                new ContractTypeSettings("Cost per copy", 12, 3, 12, true, false, 30, "CPC", "Q-CPC", full),
                List.of(new CustomFieldDefinition(
                        "copiesIncluded",
                        "Copies included per quarter",
                        italian("Copie incluse per trimestre"),
                        CustomFieldKind.NUMBER,
                        false,
                        null)));
        types.create(
                "4",
                new ContractTypeSettings("Prepaid hour bank", 12, 12, 12, false, false, 30, "HB", null, partsExcluded),
                List.of(new CustomFieldDefinition(
                        "hours", "Hours bought", italian("Ore acquistate"), CustomFieldKind.NUMBER, false, null)));
        types.create(
                "5",
                new ContractTypeSettings(
                        "Warranty", 24, 24, 12, true, true, 30, "GAR", null, new ChargingRules(true, true, true, true)),
                List.of());
        types.create(
                "6",
                new ContractTypeSettings("Rental with service", 36, 1, 12, true, false, 30, "RNT", "Q-RNT", full),
                List.of(new CustomFieldDefinition(
                        "minimumMonths",
                        "Minimum rental (months)",
                        italian("Noleggio minimo (mesi)"),
                        CustomFieldKind.NUMBER,
                        false,
                        null)));
        for (String typeCode : List.of("1", "2", "6")) {
            documents.save(typeCode, "Contratto", "it", BuiltInTemplates.read("demo/contract_it.ftlh"));
            documents.save(typeCode, "Contract", "en", BuiltInTemplates.read("demo/contract_en.ftlh"));
        }
        documents.save("5", "Certificato di garanzia", "it", BuiltInTemplates.read("demo/warranty_it.ftlh"));
        ContractType fullService = types.get("1");
        types.get("5").configureLifecycle(fullService, null, ContractType.DEFAULT_ADMIN_WARNING_DAYS);
        fullService.configureLifecycle(null, 60, 45);
    }

    /** The demo's fields are labelled in English by default and in Italian for Italian readers. */
    private static java.util.Map<String, String> italian(String label) {
        return java.util.Map.of("it", label);
    }
}
