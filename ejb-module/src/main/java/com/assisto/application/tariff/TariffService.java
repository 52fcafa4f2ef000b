package com.assisto.application.tariff;

import com.assisto.application.shared.CallerScope;
import com.assisto.domain.item.Item;
import com.assisto.domain.item.ItemRepository;
import com.assisto.domain.shared.NotFoundException;
import com.assisto.domain.shared.ValidationException;
import com.assisto.domain.tariff.Tariff;
import com.assisto.domain.tariff.TariffRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/** Tariffs and their dated price history (M3). */
@Stateless
public class TariffService {

    private static final Logger LOG = Logger.getLogger(TariffService.class.getName());

    @Inject
    private TariffRepository tariffs;

    @Inject
    private ItemRepository items;

    @Inject
    private CallerScope caller;

    public List<Tariff> list() {
        return tariffs.all();
    }

    public Tariff get(long id) {
        Tariff tariff = tariffs.find(id).orElseThrow(() -> new NotFoundException("Tariff", id));
        tariff.getPrices().forEach(price -> {
            if (price.getItem() != null) {
                price.getItem().getCode();
            }
        });
        return tariff;
    }

    public Tariff create(String code, String name) {
        Tariff tariff = new Tariff(code, name);
        if (tariffs.codeTaken(tariff.getCode())) {
            throw new ValidationException("code", "tariff.exists", tariff.getCode());
        }
        tariffs.add(tariff);
        LOG.info(() -> caller.callerName() + " created tariff " + tariff.getCode());
        return tariff;
    }

    public Tariff rename(long id, long version, String name) {
        Tariff tariff = get(id);
        tariff.checkVersion(version);
        tariff.rename(name);
        return tariff;
    }

    /** Adds a dated price for an item (itemCode) or a service typology (typologyCode). */
    public Tariff addPrice(
            long id, long version, String itemCode, String typologyCode, LocalDate validFrom, BigDecimal monthlyPrice) {
        Tariff tariff = get(id);
        tariff.checkVersion(version);
        if (itemCode != null && !itemCode.isBlank()) {
            Item item = items.findByCode(itemCode.trim())
                    .orElseThrow(() -> new ValidationException("itemCode", "item.unknown", itemCode));
            tariff.setPrice(item, validFrom, monthlyPrice);
        } else {
            tariff.setTypologyPrice(typologyCode, validFrom, monthlyPrice);
        }
        tariffs.pricesChanged(tariff);
        LOG.info(() -> caller.callerName() + " priced " + (itemCode != null ? itemCode : typologyCode) + " in tariff "
                + tariff.getCode() + " from " + validFrom + " at " + monthlyPrice);
        return tariff;
    }

    public void delete(long id, long version) {
        Tariff tariff = get(id);
        tariff.checkVersion(version);
        long customers = tariffs.customersUsing(tariff);
        if (customers > 0) {
            throw new ValidationException("tariff", "tariff.inUse", tariff.getCode(), customers);
        }
        tariffs.remove(tariff);
    }
}
