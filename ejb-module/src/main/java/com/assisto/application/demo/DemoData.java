package com.assisto.application.demo;

import com.assisto.application.user.UserService;
import com.assisto.domain.code.CodeEntry;
import com.assisto.domain.code.CodeEntryRepository;
import com.assisto.domain.code.CodeKind;
import com.assisto.domain.customer.Customer;
import com.assisto.domain.customer.CustomerFilter;
import com.assisto.domain.customer.CustomerRepository;
import com.assisto.domain.item.Item;
import com.assisto.domain.item.ItemRepository;
import com.assisto.domain.item.ItemTerms;
import com.assisto.domain.tariff.Tariff;
import com.assisto.domain.tariff.TariffRepository;
import com.assisto.domain.technician.Technician;
import com.assisto.domain.technician.TechnicianProfile;
import com.assisto.domain.technician.TechnicianRepository;
import com.assisto.domain.user.Role;
import com.assisto.infrastructure.persistence.SeedingLock;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads a realistic demo company into an empty database when {@code assisto.demo-data} is true
 * (./run.sh and the system tests set it): 400 customers with sites and contacts, 300 items with
 * stock, 3 tariffs with price history, 8 technicians, the code tables and the demo logins.
 * The data is generated from a fixed seed, so every run shows the same company.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    static final int CUSTOMERS = 400;
    static final int ITEMS = 300;

    @Inject
    private CustomerRepository customerRepository;

    @Inject
    private ItemRepository itemRepository;

    @Inject
    private TechnicianRepository technicianRepository;

    @Inject
    private CodeEntryRepository codeEntryRepository;

    @Inject
    private TariffRepository tariffRepository;

    @EJB
    private UserService users;

    @Inject
    private SeedingLock seeding;

    @Inject
    @ConfigProperty(name = "assisto.demo-data", defaultValue = "false")
    private boolean enabled;

    @PostConstruct
    void load() {
        if (!enabled) {
            return;
        }
        seeding.holdUntilCommit();
        if (customerRepository.count(CustomerFilter.ALL) > 0) {
            LOG.info("Demo data already present");
            return;
        }
        Random random = new Random(20261123L);
        codeTables();
        List<Item> items = items(random);
        List<Tariff> tariffs = tariffs(random, items);
        List<Customer> customers = customers(random, tariffs);
        technicians(random);
        // the demo logins keep passwords anyone can type (their user names), which the password
        // policy refuses; outside the demo, logins with them are refused (DemoLogins)
        users.createDemoUser("admin", "Amministratore", Set.of(Role.ADMIN), null);
        users.createDemoUser("office", "Laura Conti", Set.of(Role.BACKOFFICE), null);
        users.createDemoUser("tech1", "Marco Ferri", Set.of(Role.TECHNICIAN), null);
        users.createDemoUser("erp", "Passepartout Mexal", Set.of(Role.ERP), null);
        users.createDemoUser(
                "customer1",
                customers.get(0).getName(),
                Set.of(Role.CUSTOMER),
                customers.get(0).getCode());
        LOG.info(() -> "Demo data loaded: " + customers.size() + " customers, " + items.size() + " items, "
                + tariffs.size() + " tariffs");
    }

    private void codeTables() {
        String[][] entries = {
            {"SERVICE_TYPOLOGY", "1", "Office automation"},
            {"SERVICE_TYPOLOGY", "2", "HVAC and heating"},
            {"SERVICE_TYPOLOGY", "3", "Photovoltaic plants"},
            {"SERVICE_TYPOLOGY", "4", "Lifts"},
            {"SERVICE_TYPOLOGY", "5", "IT hardware and networks"},
            {"SERVICE_TYPOLOGY", "6", "Vending"},
            {"SERVICE_TYPOLOGY", "7", "Medical equipment"},
            {"SERVICE_TYPOLOGY", "8", "Alarms"},
            {"INTERVENTION_TYPE", "REPAIR", "Corrective repair"},
            {"INTERVENTION_TYPE", "PM", "Preventive maintenance"},
            {"INTERVENTION_TYPE", "INSTALL", "Installation"},
            {"INTERVENTION_TYPE", "INSPECT", "Periodic inspection"},
            {"URGENCY_CLASS", "U4H", "Within 4 working hours"},
            {"URGENCY_CLASS", "U8H", "Within 8 working hours"},
            {"URGENCY_CLASS", "NBD", "Next business day"},
            {"URGENCY_CLASS", "STD", "Within 3 working days"},
            {"UNIT", "pz", "Piece"},
            {"UNIT", "h", "Hour"},
            {"UNIT", "km", "Kilometre"},
            {"UNIT", "m", "Metre"},
            {"PAYMENT_TERMS", "RB30", "Bank receipt 30 days"},
            {"PAYMENT_TERMS", "RB60", "Bank receipt 60 days"},
            {"PAYMENT_TERMS", "BB30FM", "Bank transfer 30 days end of month"},
            {"PAYMENT_TERMS", "RD", "Cash on delivery"},
            {"WAREHOUSE", "MAIN", "Main warehouse"},
            {"WAREHOUSE", "NORTH", "Northern branch"},
            {"WAREHOUSE", "VAN1", "Van of Marco Ferri"},
            {"WAREHOUSE", "VAN2", "Van of Paolo Greco"},
        };
        for (String[] entry : entries) {
            codeEntryRepository.add(new CodeEntry(CodeKind.valueOf(entry[0]), entry[1], entry[2]));
        }
    }

    private List<Item> items(Random random) {
        String[][] families = {
            {"CP", "Multifunction copier", "Canon,Ricoh,Kyocera,Konica Minolta,Sharp", "1", "NBD"},
            {"CL", "Split air conditioner", "Daikin,Mitsubishi Electric,Samsung,LG", "2", "U8H"},
            {"BO", "Condensing boiler", "Vaillant,Baxi,Ariston,Immergas", "2", "U8H"},
            {"PV", "Photovoltaic inverter", "SMA,Fronius,Huawei,SolarEdge", "3", "NBD"},
            {"LF", "Passenger lift", "Schindler,Kone,Otis,Orona", "4", "U4H"},
            {"SV", "Rack server", "Dell,HPE,Lenovo", "5", "U4H"},
            {"NW", "Network switch", "Cisco,HPE Aruba,Ubiquiti", "5", "NBD"},
            {"VD", "Hot drinks vending machine", "Necta,Bianchi,Saeco", "6", "STD"},
            {"MD", "Autoclave", "Euronda,W&H,Melag", "7", "U8H"},
            {"AL", "Intrusion alarm panel", "Bentel,Inim,Paradox", "8", "U8H"},
        };
        List<Item> items = new ArrayList<>();
        for (int i = 1; i <= ITEMS; i++) {
            String[] family = families[(i - 1) % families.length];
            String[] brands = family[2].split(",");
            String brand = brands[random.nextInt(brands.length)];
            int warranty = new int[] {12, 24, 24, 36}[random.nextInt(4)];
            boolean sparePart = i % 5 == 0;
            BigDecimal price = BigDecimal.valueOf(sparePart ? 20 + random.nextInt(180) : 400 + random.nextInt(9600));
            ItemTerms terms = new ItemTerms(
                    sparePart
                            ? "Spare part kit for " + family[1].toLowerCase() + " " + brand
                            : family[1] + " " + brand + " " + (char) ('A' + random.nextInt(26))
                                    + (100 + random.nextInt(900)),
                    "pz",
                    price,
                    sparePart ? 0 : warranty,
                    sparePart ? null : family[4],
                    !sparePart,
                    30 + 15 * random.nextInt(3),
                    !sparePart && random.nextInt(4) > 0,
                    !sparePart);
            Item item = new Item(String.format("%s%04d", family[0], i), terms);
            item.reportStock("MAIN", BigDecimal.valueOf(random.nextInt(40)), BigDecimal.ZERO, BigDecimal.ZERO, null);
            int onOrder = random.nextInt(3) == 0 ? 5 + random.nextInt(20) : 0;
            item.reportStock(
                    "NORTH",
                    BigDecimal.valueOf(random.nextInt(10)),
                    BigDecimal.valueOf(onOrder),
                    BigDecimal.valueOf(random.nextInt(3)),
                    LocalDate.now().plusDays(7 + random.nextInt(30)));
            if (sparePart) {
                item.reportStock("VAN1", BigDecimal.valueOf(random.nextInt(4)), BigDecimal.ZERO, BigDecimal.ZERO, null);
            }
            itemRepository.add(item);
            items.add(item);
        }
        return items;
    }

    private List<Tariff> tariffs(Random random, List<Item> items) {
        String[][] names = {{"STD", "Standard"}, {"GOLD", "Gold - key accounts"}, {"PA", "Public administration"}};
        BigDecimal[] factors = {new BigDecimal("1.00"), new BigDecimal("0.90"), new BigDecimal("0.85")};
        List<Tariff> tariffs = new ArrayList<>();
        for (int t = 0; t < names.length; t++) {
            Tariff tariff = new Tariff(names[t][0], names[t][1]);
            for (Item item : items) {
                if (!item.hasWarranty()) {
                    continue;
                }
                BigDecimal monthly =
                        item.getUnitPrice().multiply(new BigDecimal("0.012")).multiply(factors[t]);
                tariff.setPrice(item, LocalDate.of(2024, 1, 1), monthly.setScale(2, RoundingMode.HALF_UP));
                BigDecimal raise = BigDecimal.ONE.add(BigDecimal.valueOf(2 + random.nextInt(4), 2));
                tariff.setPrice(
                        item, LocalDate.of(2025, 1, 1), monthly.multiply(raise).setScale(2, RoundingMode.HALF_UP));
                tariff.setPrice(
                        item,
                        LocalDate.of(2026, 1, 1),
                        monthly.multiply(raise).multiply(new BigDecimal("1.02")).setScale(2, RoundingMode.HALF_UP));
            }
            for (int typology = 1; typology <= 8; typology++) {
                BigDecimal monthly = BigDecimal.valueOf(30 + 10 * typology).multiply(factors[t]);
                tariff.setTypologyPrice(String.valueOf(typology), LocalDate.of(2024, 1, 1), monthly);
                tariff.setTypologyPrice(
                        String.valueOf(typology), LocalDate.of(2025, 1, 1), monthly.multiply(new BigDecimal("1.03")));
            }
            tariffRepository.add(tariff);
            tariffs.add(tariff);
        }
        return tariffs;
    }

    private List<Customer> customers(Random random, List<Tariff> tariffs) {
        List<Customer> customers = DemoCustomers.generate(random, tariffs, CUSTOMERS);
        customers.forEach(customerRepository::add);
        return customers;
    }

    private void technicians(Random random) {
        String[][] technicians = {
            {"T01", "Marco Ferri", "tech1", "VAN1"},
            {"T02", "Paolo Greco", null, "VAN2"},
            {"T03", "Stefano Villa", null, "MAIN"},
            {"T04", "Alessio Rinaldi", null, "MAIN"},
            {"T05", "Fabio Caruso", null, "NORTH"},
            {"T06", "Giorgio Ferrara", null, "NORTH"},
            {"T07", "Nicola Sala", null, "MAIN"},
            {"T08", "Irene Mancini", null, "MAIN"}
        };
        String[] skills = {
            "copiers",
            "hvac",
            "photovoltaic",
            "lifts",
            "networks",
            "vending",
            "medical",
            "alarms",
            "f-gas certified",
            "electrical pes/pav"
        };
        for (String[] data : technicians) {
            List<String> own = new ArrayList<>();
            for (int s = 0; s < 3; s++) {
                own.add(skills[random.nextInt(skills.length)]);
            }
            BigDecimal cost = BigDecimal.valueOf(24 + random.nextInt(10));
            technicianRepository.add(new Technician(
                    data[0],
                    new TechnicianProfile(
                            data[1],
                            cost,
                            cost.add(BigDecimal.valueOf(20 + random.nextInt(15))),
                            data[3],
                            data[2],
                            own)));
        }
    }
}
