package com.assisto.domain.item;

import com.assisto.domain.shared.Slice;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where items are kept. A search key matches the code or the description by prefix, ignoring case. */
public interface ItemRepository {

    Optional<Item> find(long id);

    Optional<Item> findByCode(String code);

    /** The items with these codes, read in one query; codes no item has are left out. */
    List<Item> findByCodes(Collection<String> codes);

    /** Items matching the key (null: all) in code order, after the given code (null: from the start). */
    Slice<Item> search(String searchKey, String afterCode, int limit);

    /** An offset page for the console's pager, in code order. */
    List<Item> page(String searchKey, int first, int max);

    long count(String searchKey);

    /** The items that come with a warranty, in code order: the machines, not the spare parts. */
    List<Item> withWarranty();

    void add(Item item);

    void remove(Item item);
}
