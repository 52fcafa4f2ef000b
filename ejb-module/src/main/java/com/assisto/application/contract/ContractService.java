package com.assisto.application.contract;

import com.assisto.application.contracttype.ContractTypeService;
import com.assisto.application.item.ItemService;
import com.assisto.application.shared.AuditTrail;
import com.assisto.application.shared.CallerScope;
import com.assisto.application.shared.ErpOutbox;
import com.assisto.application.shared.Numbering;
import com.assisto.domain.contract.Contract;
import com.assisto.domain.contract.ContractFile;
import com.assisto.domain.contract.ContractFilter;
import com.assisto.domain.contract.ContractLine;
import com.assisto.domain.contract.ContractListing;
import com.assisto.domain.contract.ContractRepository;
import com.assisto.domain.contract.ContractStatus;
import com.assisto.domain.contract.DeliveryNote;
import com.assisto.domain.contract.MidTermChange;
import com.assisto.domain.contract.RevaluationClause;
import com.assisto.domain.contracttype.ContractTerms;
import com.assisto.domain.contracttype.ContractType;
import com.assisto.domain.customer.Customer;
import com.assisto.domain.equipment.Equipment;
import com.assisto.domain.index.PriceIndexRepository;
import com.assisto.domain.item.Item;
import com.assisto.domain.pricing.LinePrice;
import com.assisto.domain.pricing.Prorating;
import com.assisto.domain.pricing.TariffPricing;
import com.assisto.domain.shared.FieldError;
import com.assisto.domain.shared.NotFoundException;
import com.assisto.domain.shared.Slice;
import com.assisto.domain.shared.ValidationException;
import com.assisto.domain.tariff.PriceList;
import com.assisto.domain.tariff.Tariff;
import com.assisto.domain.tariff.TariffRepository;
import com.assisto.infrastructure.persistence.JpqlConditions;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Quotes and contracts (C1–C5, C12): loads, asks the aggregate, stores, numbers, audits and
 * queues for the ERP. Customers see their own contracts only; every change is audited.
 */
@Stateless
public class ContractService {

    private static final Logger LOG = Logger.getLogger(ContractService.class.getName());
    public static final String AUDIT_TYPE = "Contract";

    @Inject
    private ContractRepository contracts;

    @Inject
    private TariffRepository tariffs;

    @Inject
    private PriceIndexRepository indices;

    @Inject
    private CallerScope caller;

    @Inject
    private AuditTrail audit;

    @EJB
    private Numbering numbering;

    @EJB
    private ContractTypeService types;

    @EJB
    private ErpOutbox outbox;

    @EJB
    private ItemService itemService;

    @Inject
    @ConfigProperty(name = "assisto.attachments.max-bytes", defaultValue = "10485760")
    private long maxAttachmentBytes;

    @PersistenceContext(unitName = "assisto")
    private EntityManager em;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Slice<ContractListing> search(ContractFilter filter, String afterKey, int limit) {
        return contracts.search(scoped(filter), afterKey, limit);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ContractListing> page(ContractFilter filter, String sortField, boolean ascending, int first, int max) {
        return contracts.page(scoped(filter), sortField, ascending, first, max);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long count(ContractFilter filter) {
        return contracts.count(scoped(filter));
    }

    private ContractFilter scoped(ContractFilter filter) {
        if (filter.customerId() != null) {
            caller.checkMayAccessCustomer(filter.customerId(), "Customer", filter.customerId());
        }
        return caller.restrictedToCustomer().map(filter::restrictedTo).orElse(filter);
    }

    /** The contract with its lines and instalments, for display, if the caller may see it. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Contract view(long id) {
        Contract contract = get(id);
        contract.getLines().forEach(line -> {
            if (line.getEquipment() != null) {
                line.getEquipment().getDescription();
            }
        });
        contract.getInstalments().size();
        return contract;
    }

    private Contract get(long id) {
        Contract contract = contracts.find(id).orElseThrow(() -> new NotFoundException("Contract", id));
        caller.checkMayAccessCustomer(contract.getCustomer().getId(), "Contract", id);
        return contract;
    }

    private Contract getForChange(long id, long version) {
        Contract contract = get(id);
        contract.checkVersion(version);
        return contract;
    }

    public Contract create(ContractDraft draft, LocalDate today) {
        ContractType type = types.find(draft.typeCode())
                .orElseThrow(
                        () -> new ValidationException("type", "contract type " + draft.typeCode() + " does not exist"));
        Customer customer = draft.customerId() == null ? null : em.find(Customer.class, draft.customerId());
        if (customer == null) {
            throw new ValidationException(
                    "customerId",
                    draft.customerId() == null ? "is required" : "customer " + draft.customerId() + " does not exist");
        }
        // checked before a number is drawn, so that bad input does not use up numbers
        ContractTerms terms = draft.terms(type, customer);
        terms.validate();
        type.validateCustomFields(draft.customFields());
        boolean numberedAsContract = draft.confirmed() && type.hasQuoteSeries();
        String number = draft.number() != null && !draft.number().isBlank()
                ? uniqueNumber(draft.number(), null)
                : numberedAsContract ? nextContractNumber(type, today) : nextQuoteNumber(type, today);
        Contract contract = Contract.quote(type, customer, number, terms, draft.customFields(), today);
        List<LineRequest> lines = draft.lines() == null ? List.of() : draft.lines();
        Map<String, Item> itemsByCode = itemsByCode(lines);
        List<FieldError> lineErrors = new ArrayList<>();
        List<Equipment> equipments = new ArrayList<>();
        List<Item> items = new ArrayList<>();
        java.util.Set<Integer> unresolved = new java.util.HashSet<>();
        for (int index = 0; index < lines.size(); index++) {
            LineRequest line = lines.get(index);
            try {
                Equipment equipment = equipment(line);
                equipments.add(equipment);
                items.add(
                        line.itemCode() == null || line.itemCode().isBlank()
                                ? lineItem(line, equipment)
                                : Optional.ofNullable(
                                                itemsByCode.get(line.itemCode().trim()))
                                        .orElseThrow(() -> new ValidationException(
                                                "itemCode", "item " + line.itemCode() + " does not exist")));
            } catch (ValidationException e) {
                equipments.add(null);
                items.add(null);
                unresolved.add(index);
                addLineErrors(lineErrors, index, e);
            }
        }
        PriceList prices = priceList(customer, items, terms.typologyCode());
        for (int index = 0; index < lines.size(); index++) {
            if (unresolved.contains(index)) {
                continue;
            }
            try {
                contract.addLine(
                        equipments.get(index),
                        items.get(index),
                        lines.get(index).description(),
                        price(contract, items.get(index), lines.get(index), prices),
                        today);
            } catch (ValidationException e) {
                addLineErrors(lineErrors, index, e);
            }
        }
        if (!lineErrors.isEmpty()) {
            throw new ValidationException(lineErrors);
        }
        contracts.add(contract);
        if (draft.confirmed()) {
            contract.confirm(today, null);
        }
        em.flush();
        audit.record(
                AUDIT_TYPE,
                contract.getId(),
                "created",
                (draft.confirmed() ? "contract " : "quote ") + number + " for " + customer.getCode() + ", "
                        + lines.size() + " lines, value " + contract.getValue());
        LOG.info(() -> caller.callerName() + " created " + contract.getStatus() + " " + number);
        return contract;
    }

    /** Sets or clears the contract's index clause (C6); it applies from the next renewal. */
    public Contract setRevaluation(long id, long version, RevaluationClause clause) {
        Contract contract = getForChange(id, version);
        if (clause != null && indices.findByCode(clause.getIndexCode()).isEmpty()) {
            throw new ValidationException("revaluation.indexCode", "no index has code '" + clause.getIndexCode() + "'");
        }
        contract.setRevaluation(clause, LocalDate.now());
        em.lock(contract, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        audit.record(
                AUDIT_TYPE,
                id,
                "revaluation",
                clause == null
                        ? "no index clause"
                        : clause.getIndexCode() + " at "
                                + clause.getSharePercent().stripTrailingZeros().toPlainString() + " %, reference month "
                                + clause.getLagMonths() + " months before, decreases "
                                + (clause.isDecreasesApplied() ? "applied" : "not applied")
                                + (clause.getFloorPercent() == null
                                        ? ""
                                        : ", floor " + clause.getFloorPercent() + " %"));
        return contract;
    }

    /** Sets who looks after the contract and how many days before its end the expiry warning goes out (C10). */
    public Contract assignWarnings(long id, long version, String responsibleUser, Integer warningDays) {
        Contract contract = getForChange(id, version);
        if (responsibleUser != null
                && !responsibleUser.isBlank()
                && em.createQuery("SELECT COUNT(u) FROM AppUser u WHERE u.username = :name", Long.class)
                                .setParameter("name", responsibleUser.trim())
                                .getSingleResult()
                        == 0) {
            throw new ValidationException("responsibleUser", "no user is called '" + responsibleUser.trim() + "'");
        }
        contract.assignWarnings(responsibleUser, warningDays);
        em.lock(contract, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        audit.record(
                AUDIT_TYPE,
                id,
                "warnings",
                "responsible " + contract.getResponsibleUser() + ", warning days " + contract.getWarningDays());
        return contract;
    }

    public Contract update(long id, long version, ContractDraft draft) {
        Contract contract = getForChange(id, version);
        List<String> changes = new ArrayList<>(
                contract.revise(draft.terms(contract.getType(), contract.getCustomer()), draft.customFields()));
        if (draft.number() != null
                && !draft.number().isBlank()
                && !draft.number().trim().equals(contract.getNumber())) {
            changes.add(
                    "number: " + contract.getNumber() + " → " + draft.number().trim());
            contract.renumber(uniqueNumber(draft.number(), id));
        }
        if (!changes.isEmpty()) {
            em.lock(contract, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            audit.record(AUDIT_TYPE, id, "updated", String.join("; ", changes));
        }
        return contract;
    }

    /** What the line would cost and, on a running contract, what adding it on the day would charge. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public LinePreview previewLine(long id, LineRequest request, LocalDate day) {
        Contract contract = get(id);
        Equipment equipment = equipment(request);
        Item item = lineItem(request, equipment);
        LinePrice price = contract.getType().isWarranty()
                ? LinePrice.warranty()
                : price(
                        contract,
                        item,
                        request,
                        priceList(
                                contract.getCustomer(),
                                java.util.Collections.singletonList(item),
                                contract.getTypologyCode()));
        return new LinePreview(price, contract.previewAddition(price, day));
    }

    /** What removing the line on the day would credit. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Prorating> previewRemoval(long id, long lineId, LocalDate day) {
        return get(id).previewRemoval(lineId, day);
    }

    public LineChange addLine(long id, long version, LineRequest request, LocalDate day) {
        Contract contract = getForChange(id, version);
        Equipment equipment = equipment(request);
        Item item = lineItem(request, equipment);
        Optional<MidTermChange> change = contract.addLine(
                equipment,
                item,
                request.description(),
                price(
                        contract,
                        item,
                        request,
                        priceList(
                                contract.getCustomer(),
                                java.util.Collections.singletonList(item),
                                contract.getTypologyCode())),
                day);
        em.lock(contract, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        Optional<DeliveryNote> note = change.filter(MidTermChange::isBillable).map(this::deliveryNote);
        ContractLine added = contract.getLines().get(contract.getLines().size() - 1);
        audit.record(
                AUDIT_TYPE,
                id,
                "line added",
                added.getDescription() + " at " + added.getPrice().getAmount() + " ("
                        + added.getPrice().explanation() + ")"
                        + note.map(this::describe).orElse(""));
        return new LineChange(contract, note);
    }

    public LineChange removeLine(long id, long version, long lineId, LocalDate day) {
        Contract contract = getForChange(id, version);
        String description = contract.line(lineId).getDescription();
        Optional<MidTermChange> change = contract.removeLine(lineId, day);
        em.lock(contract, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        Optional<DeliveryNote> note = change.filter(MidTermChange::isBillable).map(this::deliveryNote);
        audit.record(
                AUDIT_TYPE,
                id,
                "line removed",
                description
                        + (change.isPresent() ? " on " + day : "")
                        + note.map(this::describe).orElse(""));
        return new LineChange(contract, note);
    }

    public Contract overridePrice(long id, long version, long lineId, BigDecimal amount) {
        Contract contract = getForChange(id, version);
        BigDecimal before = contract.line(lineId).getPrice().getAmount();
        contract.overridePrice(lineId, amount);
        em.lock(contract, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        audit.record(
                AUDIT_TYPE,
                id,
                "price changed",
                contract.line(lineId).getDescription() + ": " + before + " → "
                        + contract.line(lineId).getPrice().getAmount() + " (manual)");
        return contract;
    }

    public Contract confirm(long id, long version, LocalDate day) {
        Contract contract = getForChange(id, version);
        String quoteNumber = contract.getNumber();
        String contractNumber = contract.getStatus() == ContractStatus.QUOTE
                        && contract.getType().hasQuoteSeries()
                ? nextContractNumber(contract.getType(), day)
                : null;
        contract.confirm(day, contractNumber);
        audit.record(
                AUDIT_TYPE,
                id,
                "confirmed",
                "quote " + quoteNumber + " confirmed on " + day
                        + (contractNumber == null ? "" : " as contract " + contractNumber) + ", "
                        + contract.getInstalments().size() + " instalments");
        LOG.info(() -> caller.callerName() + " confirmed " + quoteNumber);
        return contract;
    }

    public Contract reject(long id, long version, LocalDate day, String reason) {
        Contract contract = getForChange(id, version);
        contract.reject(day, reason);
        audit.record(AUDIT_TYPE, id, "rejected", reason);
        return contract;
    }

    public Contract cancel(long id, long version, LocalDate day, String reason) {
        Contract contract = getForChange(id, version);
        contract.cancel(day, reason);
        audit.record(AUDIT_TYPE, id, "cancelled", "on " + day + (reason == null ? "" : ": " + reason));
        return contract;
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<DeliveryNote> deliveryNotes(long id) {
        get(id);
        return em.createQuery(
                        "SELECT n FROM DeliveryNote n WHERE n.contract.id = :id ORDER BY n.id", DeliveryNote.class)
                .setParameter("id", id)
                .getResultList();
    }

    /**
     * The register of delivery and credit notes of all contracts dated between two days (either
     * may be open), in number order, after the given note id; a customer sees its own only.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Slice<DeliveryNote> deliveryNoteRegister(LocalDate from, LocalDate to, Long afterId, int limit) {
        Optional<Long> own = caller.restrictedToCustomer();
        JpqlConditions conditions = new JpqlConditions();
        own.ifPresent(id -> conditions.and("c.customer.id = :own", "own", id));
        if (from != null) {
            conditions.and("n.noteDate >= :from", "from", from);
        }
        if (to != null) {
            conditions.and("n.noteDate <= :to", "to", to);
        }
        if (afterId != null) {
            conditions.and("n.id > :after", "after", afterId);
        }
        jakarta.persistence.TypedQuery<DeliveryNote> query = conditions
                .bind(em.createQuery(
                        "SELECT n FROM DeliveryNote n JOIN FETCH n.contract c" + conditions.where() + " ORDER BY n.id",
                        DeliveryNote.class))
                .setMaxResults(limit + 1);
        return Slice.of(query.getResultList(), limit, note -> String.valueOf(note.getId()));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<com.assisto.domain.audit.AuditEntry> history(long id) {
        get(id);
        return audit.history(AUDIT_TYPE, id);
    }

    public ContractFile attach(long id, String fileName, byte[] content) {
        Contract contract = get(id);
        if (!contract.getStatus().isEditable()
                && contract.getStatus() != ContractStatus.RENEWED
                && contract.getStatus() != ContractStatus.EXPIRED) {
            throw new ValidationException(
                    "status",
                    "contract " + contract.getNumber() + " is " + contract.getStatus()
                            + "; files can no longer be attached");
        }
        ContractFile file = ContractFile.attachment(
                contract, fileName, content, maxAttachmentBytes, caller.callerName(), Instant.now());
        em.persist(file);
        em.flush();
        audit.record(
                AUDIT_TYPE,
                id,
                "file attached",
                file.getFileName() + " (" + file.getSizeBytes() + " bytes, sha256 " + file.getSha256() + ")");
        return file;
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ContractFile> files(long id) {
        get(id);
        return em.createQuery(
                        "SELECT f FROM ContractFile f WHERE f.contract.id = :id ORDER BY f.id DESC", ContractFile.class)
                .setParameter("id", id)
                .getResultList();
    }

    /** A stored file with its bytes, if the caller may see the contract it belongs to. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public StoredFile file(long id, long fileId) {
        get(id);
        ContractFile file = em.find(ContractFile.class, fileId);
        if (file == null || file.getContract().getId() != id) {
            throw new NotFoundException("File of contract " + id, fileId);
        }
        return new StoredFile(
                file.getFileName(), file.getMediaType(), file.getContent().getBytes());
    }

    private static void addLineErrors(List<FieldError> errors, int index, ValidationException failure) {
        String prefix = "lines[" + (index + 1) + "].";
        failure.getErrors().forEach(error -> errors.add(new FieldError(prefix + error.field(), error.message())));
    }

    /**
     * The customer's tariff prices for these items and the typology, read without loading the
     * whole tariff into the transaction; null when the customer has no tariff.
     */
    private PriceList priceList(Customer customer, List<Item> items, String typologyCode) {
        Tariff tariff = customer.getTariff();
        if (tariff == null) {
            return null;
        }
        List<Long> itemIds = items.stream()
                .filter(java.util.Objects::nonNull)
                .map(Item::getId)
                .distinct()
                .toList();
        return tariffs.priceLists(List.of(tariff), itemIds, typologyCode == null ? List.of() : List.of(typologyCode))
                .get(tariff.getId());
    }

    private DeliveryNote deliveryNote(MidTermChange change) {
        int year = change.prorating().changeDate().getYear();
        String number = numbering.next(
                "delivery-note:" + year, sequence -> "DN/" + year + "/" + String.format("%05d", sequence));
        DeliveryNote note = new DeliveryNote(number, change, caller.callerName(), Instant.now());
        em.persist(note);
        outbox.queue(note);
        return note;
    }

    private String describe(DeliveryNote note) {
        return "; delivery note " + note.getNumber() + " " + note.getKind() + " " + note.getAmount();
    }

    private String uniqueNumber(String number, Long exceptId) {
        if (contracts.numberTaken(number.trim(), exceptId)) {
            throw new ValidationException("number", "number " + number.trim() + " is already used by another contract");
        }
        return number.trim();
    }

    private String nextQuoteNumber(ContractType type, LocalDate day) {
        return numbering.next(
                type.seriesKey(true, day.getYear()), sequence -> type.quoteNumber(day.getYear(), sequence));
    }

    private String nextContractNumber(ContractType type, LocalDate day) {
        return numbering.next(
                type.seriesKey(false, day.getYear()), sequence -> type.contractNumber(day.getYear(), sequence));
    }

    private Equipment equipment(LineRequest line) {
        if (line.equipmentId() == null) {
            return null;
        }
        Equipment equipment = em.find(Equipment.class, line.equipmentId());
        if (equipment == null) {
            throw new ValidationException("equipmentId", "equipment " + line.equipmentId() + " does not exist");
        }
        return equipment;
    }

    /** The items the lines name by code, read in one query. */
    private Map<String, Item> itemsByCode(List<LineRequest> lines) {
        List<String> codes = lines.stream()
                .map(LineRequest::itemCode)
                .filter(code -> code != null && !code.isBlank())
                .map(String::trim)
                .distinct()
                .toList();
        if (codes.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT i FROM Item i WHERE i.code IN :codes", Item.class)
                .setParameter("codes", codes)
                .getResultStream()
                .collect(java.util.stream.Collectors.toMap(Item::getCode, item -> item));
    }

    private Item lineItem(LineRequest line, Equipment equipment) {
        if (line.itemCode() == null || line.itemCode().isBlank()) {
            return equipment == null ? null : equipment.getItem();
        }
        return itemService.requireByCode(line.itemCode(), "itemCode");
    }

    /**
     * The tariff price of the line at the contract's start, or the manual price given; a manual
     * price keeps the tariff figures beside it when the tariff has them.
     */
    private LinePrice price(Contract contract, Item item, LineRequest line, PriceList prices) {
        if (contract.getType().isWarranty()) {
            return LinePrice.warranty();
        }
        BigDecimal coefficient = line.coefficientMonths() != null
                ? line.coefficientMonths()
                : BigDecimal.valueOf(contract.getDurationMonths());
        if (line.price() == null) {
            return TariffPricing.price(prices, item, contract.getTypologyCode(), contract.getStartDate(), coefficient);
        }
        LinePrice tariffPrice;
        try {
            tariffPrice =
                    TariffPricing.price(prices, item, contract.getTypologyCode(), contract.getStartDate(), coefficient);
        } catch (ValidationException noTariffPrice) {
            tariffPrice = null;
        }
        return LinePrice.manual(line.price(), tariffPrice);
    }
}
