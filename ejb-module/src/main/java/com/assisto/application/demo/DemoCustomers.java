package com.assisto.application.demo;

import com.assisto.domain.customer.CreditStatus;
import com.assisto.domain.customer.Customer;
import com.assisto.domain.customer.CustomerRegistry;
import com.assisto.domain.customer.VatNumber;
import com.assisto.domain.shared.Address;
import com.assisto.domain.tariff.Tariff;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The demo company's customers, made up from Italian names, cities and streets: each with its
 * legal seat and up to two more sites, two contacts, a tariff (most on the first) and a credit
 * status, one in six with overdue items. Nothing is stored here; {@link DemoData} keeps them.
 */
final class DemoCustomers {

    private DemoCustomers() {}

    static List<Customer> generate(Random random, List<Tariff> tariffs, int count) {
        String[] first = {
            "Alfa",
            "Tecno",
            "Edil",
            "Agri",
            "Studio",
            "Farmacia",
            "Hotel",
            "Officine",
            "Ristorante",
            "Centro Medico",
            "Scuola",
            "Condominio",
            "Supermercato",
            "Autofficina",
            "Laboratorio",
            "Cantina"
        };
        String[] second = {
            "Rossi",
            "Bianchi",
            "Lombarda",
            "Adriatica",
            "del Sole",
            "Italia",
            "Moderna",
            "Verdi",
            "San Marco",
            "Europa",
            "Alpina",
            "Tirrena",
            "Bruno",
            "Esposito",
            "Colombo",
            "Ricci",
            "Marino",
            "Gallo"
        };
        String[] suffix = {"S.r.l.", "S.p.A.", "S.n.c.", "S.a.s.", "S.r.l.s.", ""};
        String[][] cities = {
            {"Milano", "MI", "20121"},
            {"Torino", "TO", "10121"},
            {"Bergamo", "BG", "24121"},
            {"Brescia", "BS", "25121"},
            {"Verona", "VR", "37121"},
            {"Padova", "PD", "35121"},
            {"Bologna", "BO", "40121"},
            {"Firenze", "FI", "50121"},
            {"Roma", "RM", "00184"},
            {"Napoli", "NA", "80121"},
            {"Bari", "BA", "70121"},
            {"Monza", "MB", "20900"},
            {"Como", "CO", "22100"},
            {"Varese", "VA", "21100"},
            {"Treviso", "TV", "31100"},
            {"Modena", "MO", "41121"},
            {"Parma", "PR", "43121"},
            {"Genova", "GE", "16121"}
        };
        String[] streets = {
            "Via Roma",
            "Via Garibaldi",
            "Corso Italia",
            "Via Mazzini",
            "Viale Europa",
            "Via Dante",
            "Via dell'Industria",
            "Via Verdi",
            "Piazza della Repubblica",
            "Via Manzoni"
        };
        String[] people = {
            "Giulia Bianchi",
            "Luca Romano",
            "Francesca Greco",
            "Andrea Ricci",
            "Sara Marino",
            "Matteo Bruno",
            "Chiara Gallo",
            "Davide Conti",
            "Elena Costa",
            "Simone Fontana",
            "Paola Moretti",
            "Roberto Barbieri"
        };
        String[] payments = {"RB30", "RB60", "BB30FM", "RD"};
        List<Customer> customers = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String name = first[random.nextInt(first.length)] + " " + second[random.nextInt(second.length)]
                    + (i == 1 ? "" : " " + (char) ('A' + (i % 26))) + " " + suffix[random.nextInt(suffix.length)];
            String[] city = cities[random.nextInt(cities.length)];
            String vat = VatNumber.italianWithCheckDigit(String.format("%010d", 1_000_000_000L + i * 7919L));
            Address address = new Address(
                    streets[random.nextInt(streets.length)] + " " + (1 + random.nextInt(180)),
                    city[2],
                    city[0],
                    city[1],
                    "IT");
            String contactName = people[random.nextInt(people.length)];
            Customer customer = new Customer(new CustomerRegistry(
                    String.format("501.%05d", i),
                    name.trim(),
                    vat,
                    vat,
                    contactName,
                    address,
                    "info" + i + "@example.it",
                    "pec" + i + "@pec.example.it",
                    "M5UXCR1",
                    payments[random.nextInt(payments.length)]));
            customer.assignTariff(tariffs.get(random.nextInt(10) < 7 ? 0 : 1 + random.nextInt(2)));
            customer.addSite("Sede legale", address, BigDecimal.valueOf(random.nextInt(600), 1));
            int extraSites = random.nextInt(3);
            for (int s = 1; s <= extraSites; s++) {
                String[] siteCity = cities[random.nextInt(cities.length)];
                customer.addSite(
                        "Unità locale " + s,
                        new Address(
                                streets[random.nextInt(streets.length)] + " " + (1 + random.nextInt(180)),
                                siteCity[2],
                                siteCity[0],
                                siteCity[1],
                                "IT"),
                        BigDecimal.valueOf(random.nextInt(3000), 1));
            }
            customer.addContact(
                    contactName,
                    "Legale rappresentante",
                    "+39 02 " + (1000000 + random.nextInt(8999999)),
                    "direzione" + i + "@example.it");
            customer.addContact(
                    people[random.nextInt(people.length)],
                    "Amministrazione",
                    "+39 02 " + (1000000 + random.nextInt(8999999)),
                    "amministrazione" + i + "@example.it");
            if (random.nextInt(6) == 0) {
                BigDecimal overdue = BigDecimal.valueOf(100 + random.nextInt(5000));
                customer.updateCredit(new CreditStatus(
                        overdue.add(BigDecimal.valueOf(random.nextInt(3000))),
                        overdue,
                        random.nextInt(4) == 0,
                        LocalDate.now()));
            } else {
                customer.updateCredit(new CreditStatus(
                        BigDecimal.valueOf(random.nextInt(4000)), BigDecimal.ZERO, false, LocalDate.now()));
            }
            customers.add(customer);
        }
        return customers;
    }
}
