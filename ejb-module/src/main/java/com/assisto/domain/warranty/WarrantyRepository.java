package com.assisto.domain.warranty;

import com.assisto.domain.contracttype.ContractType;
import com.assisto.domain.equipment.Equipment;
import com.assisto.domain.item.Item;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the ERP invoices received are kept, with the equipment they delivered, and what taking
 * one in reads: its items, the warranty contract types, the serials already registered.
 */
public interface WarrantyRepository {

    Optional<InboundInvoice> findInvoice(String number);

    /** Stores a received invoice and gives it its id at once: the warranties it produces refer to it. */
    void addInvoice(InboundInvoice invoice);

    void addEquipment(Equipment equipment);

    /** The numbers of the warranty contracts an invoice produced, in the order they were made. */
    List<String> warrantyNumbers(long invoiceId);

    /** The items with these codes, by code; codes no item has are left out. */
    Map<String, Item> itemsByCode(Collection<String> codes);

    /** The warranty contract types in code order: all of them, or the one with the code when it is not null. */
    List<ContractType> warrantyTypes(String code);

    /**
     * The equipment already registered with any of these serials for any of these items, in id
     * order, with the number of the warranty covering each.
     */
    List<InvoiceSerials.Registered> registered(Collection<String> itemCodes, Collection<String> serials);
}
