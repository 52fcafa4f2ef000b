package com.assisto.infrastructure.persistence;

import com.assisto.domain.tariff.PriceList;
import com.assisto.domain.tariff.PriceSelection;
import com.assisto.domain.tariff.Tariff;
import com.assisto.domain.tariff.TariffPrice;
import com.assisto.domain.tariff.TariffRepository;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Tariffs in JPA. */
@Dependent
public class JpaTariffRepository implements TariffRepository {

    @PersistenceContext(unitName = "assisto")
    private EntityManager em;

    @Override
    public List<Tariff> all() {
        return em.createQuery("SELECT t FROM Tariff t ORDER BY t.code", Tariff.class)
                .getResultList();
    }

    @Override
    public Optional<Tariff> find(long id) {
        return Optional.ofNullable(em.find(Tariff.class, id));
    }

    @Override
    public Optional<Tariff> findByCode(String code) {
        return em.createQuery("SELECT t FROM Tariff t WHERE t.code = :code", Tariff.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    @Override
    public boolean codeTaken(String code) {
        return findByCode(code).isPresent();
    }

    @Override
    public void add(Tariff tariff) {
        em.persist(tariff);
    }

    @Override
    public void remove(Tariff tariff) {
        em.remove(tariff);
    }

    @Override
    public void pricesChanged(Tariff tariff) {
        em.lock(tariff, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
    }

    @Override
    public long customersUsing(Tariff tariff) {
        return em.createQuery("SELECT COUNT(c) FROM Customer c WHERE c.tariff = :tariff", Long.class)
                .setParameter("tariff", tariff)
                .getSingleResult();
    }

    @Override
    public Map<Long, PriceList> priceLists(
            Collection<Tariff> tariffs, Collection<Long> itemIds, Collection<String> typologyCodes) {
        List<String> subjects = new ArrayList<>();
        if (!itemIds.isEmpty()) {
            subjects.add("p.item.id IN :items");
        }
        if (!typologyCodes.isEmpty()) {
            subjects.add("p.typologyCode IN :typologies");
        }
        List<TariffPrice> prices = List.of();
        if (!tariffs.isEmpty() && !subjects.isEmpty()) {
            TypedQuery<TariffPrice> query = em.createQuery(
                            "SELECT p FROM TariffPrice p WHERE p.tariff.id IN :tariffs AND ("
                                    + String.join(" OR ", subjects) + ")",
                            TariffPrice.class)
                    .setParameter(
                            "tariffs",
                            tariffs.stream().map(Tariff::getId).distinct().toList())
                    .setHint("eclipselink.read-only", true);
            if (!itemIds.isEmpty()) {
                query.setParameter("items", itemIds);
            }
            if (!typologyCodes.isEmpty()) {
                query.setParameter("typologies", typologyCodes);
            }
            prices = query.getResultList();
        }
        Map<Long, List<TariffPrice>> byTariff = prices.stream()
                .collect(Collectors.groupingBy(price -> price.getTariff().getId()));
        Map<Long, PriceList> lists = new HashMap<>();
        tariffs.forEach(tariff -> lists.computeIfAbsent(
                tariff.getId(), id -> new PriceSelection(tariff.getCode(), byTariff.getOrDefault(id, List.of()))));
        return lists;
    }
}
