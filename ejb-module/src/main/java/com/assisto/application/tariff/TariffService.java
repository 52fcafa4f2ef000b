package com.assisto.application.tariff;

import com.assisto.application.shared.CallerScope;
import com.assisto.domain.item.Item;
import com.assisto.domain.shared.NotFoundException;
import com.assisto.domain.shared.ValidationException;
import com.assisto.domain.tariff.Tariff;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/** Tariffs and their dated price history (M3). */
@Stateless
public class TariffService {

    private static final Logger LOG = Logger.getLogger(TariffService.class.getName());

    @PersistenceContext(unitName = "assisto")
    private EntityManager em;

    @Inject
    private CallerScope caller;

    public List<Tariff> list() {
        return em.createQuery("SELECT t FROM Tariff t ORDER BY t.code", Tariff.class)
                .getResultList();
    }

    public Tariff get(long id) {
        Tariff tariff = em.find(Tariff.class, id);
        if (tariff == null) {
            throw new NotFoundException("Tariff", id);
        }
        tariff.getPrices().forEach(price -> {
            if (price.getItem() != null) {
                price.getItem().getCode();
            }
        });
        return tariff;
    }

    public Tariff create(String code, String name) {
        Tariff tariff = new Tariff(code, name);
        boolean exists = !em.createQuery("SELECT t FROM Tariff t WHERE t.code = :code", Tariff.class)
                .setParameter("code", tariff.getCode())
                .getResultList()
                .isEmpty();
        if (exists) {
            throw new ValidationException("code", "tariff " + tariff.getCode() + " already exists");
        }
        em.persist(tariff);
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
            Item item = em.createQuery("SELECT i FROM Item i WHERE i.code = :code", Item.class)
                    .setParameter("code", itemCode.trim())
                    .getResultStream()
                    .findFirst()
                    .orElseThrow(() -> new ValidationException("itemCode", "item " + itemCode + " does not exist"));
            tariff.setPrice(item, validFrom, monthlyPrice);
        } else {
            tariff.setTypologyPrice(typologyCode, validFrom, monthlyPrice);
        }
        em.lock(tariff, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        LOG.info(() -> caller.callerName() + " priced " + (itemCode != null ? itemCode : typologyCode) + " in tariff "
                + tariff.getCode() + " from " + validFrom + " at " + monthlyPrice);
        return tariff;
    }

    public void delete(long id, long version) {
        Tariff tariff = get(id);
        tariff.checkVersion(version);
        long customers = em.createQuery("SELECT COUNT(c) FROM Customer c WHERE c.tariff = :tariff", Long.class)
                .setParameter("tariff", tariff)
                .getSingleResult();
        if (customers > 0) {
            throw new ValidationException(
                    "tariff", "tariff " + tariff.getCode() + " is assigned to " + customers + " customers");
        }
        em.remove(tariff);
    }
}
