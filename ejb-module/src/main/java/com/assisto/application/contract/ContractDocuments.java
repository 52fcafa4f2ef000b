package com.assisto.application.contract;

import com.assisto.application.contracttype.ContractTypeService;
import com.assisto.application.shared.AuditTrail;
import com.assisto.application.shared.CallerScope;
import com.assisto.domain.contract.Contract;
import com.assisto.domain.contract.ContractFile;
import com.assisto.domain.contract.ContractFileRepository;
import com.assisto.domain.contract.DeliveryNote;
import com.assisto.domain.contract.DocumentFields;
import com.assisto.domain.contracttype.ContractTemplate;
import com.assisto.domain.contracttype.ContractTemplateRepository;
import com.assisto.domain.contracttype.ContractType;
import com.assisto.domain.shared.Message;
import com.assisto.domain.shared.NotFoundException;
import com.assisto.domain.shared.ValidationException;
import com.assisto.infrastructure.documents.BuiltInTemplates;
import com.assisto.infrastructure.documents.DocumentRenderer;
import com.assisto.infrastructure.documents.TemplateResources;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Contract document templates and the PDFs made from them (C13), and the printable delivery
 * note. A template is tried against a specimen contract of its type before it is saved, so a
 * template that names a field that does not exist is refused at once, with the line.
 */
@Stateless
public class ContractDocuments {

    private static final Logger LOG = Logger.getLogger(ContractDocuments.class.getName());

    @Inject
    private ContractTemplateRepository templates;

    @Inject
    private ContractFileRepository files;

    @Inject
    private DocumentRenderer renderer;

    @Inject
    private CallerScope caller;

    @Inject
    private AuditTrail audit;

    @EJB
    private ContractTypeService types;

    @EJB
    private ContractLookup contracts;

    @EJB
    private DeliveryNotes deliveryNotes;

    /** What removing a template did: deleted, or retired because documents were made from it. */
    public enum Removal {
        DELETED,
        RETIRED
    }

    /** The latest revision of each of the type's templates still offered for new documents. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ContractTemplate> templates(String typeCode) {
        return templates.current(types.get(typeCode));
    }

    /** Every revision of one template, newest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ContractTemplate> revisions(String typeCode, String name) {
        List<ContractTemplate> revisions = templates.revisions(types.get(typeCode), name);
        if (revisions.isEmpty()) {
            throw new NotFoundException(Message.of(
                    "notFound.of",
                    Message.of("entity.DocumentTemplate"),
                    name,
                    Message.of("entity.ContractType"),
                    typeCode));
        }
        return revisions;
    }

    /** Saves a new revision of the template, after trying it on a specimen contract of the type. */
    public ContractTemplate save(String typeCode, String name, String locale, String body) {
        ContractType type = types.get(typeCode);
        ContractTemplate previous = templates.revisions(type, name == null ? "" : name.trim()).stream()
                .findFirst()
                .orElse(null);
        ContractTemplate template =
                new ContractTemplate(type, name, previous, locale, body, caller.callerName(), Instant.now());
        // the body as written, for the lines the author sees; then as filled in, for references made of fields
        TemplateResources.check(body, "body");
        renderer.pdf(
                renderer.fill(template.getName(), body, new DocumentFields(locale).specimen(type), "body"), "body");
        templates.add(template);
        audit.record(
                "ContractType",
                type.getId(),
                "template saved",
                Message.of("audit.templateSaved", template.getName(), template.getRevision()));
        LOG.info(() -> caller.callerName() + " saved template " + template.getName() + " r" + template.getRevision()
                + " of contract type " + typeCode);
        return template;
    }

    /**
     * Removes the template: every revision is deleted, unless documents were generated from it;
     * then it is retired, kept for those documents and no longer offered for new ones.
     */
    public Removal remove(String typeCode, String name) {
        List<ContractTemplate> revisions = revisions(typeCode, name);
        ContractType type = revisions.get(0).getContractType();
        long documents =
                files.documentsFromTemplate(type.getId(), revisions.get(0).getName());
        Removal removal;
        if (documents == 0) {
            revisions.forEach(templates::remove);
            removal = Removal.DELETED;
        } else {
            revisions.forEach(ContractTemplate::retire);
            removal = Removal.RETIRED;
        }
        audit.record(
                "ContractType",
                type.getId(),
                "template " + removal.name().toLowerCase(Locale.ROOT),
                documents == 0 ? Message.verbatim(name) : Message.of("audit.templateRetired", name, documents));
        LOG.info(() -> caller.callerName() + " " + removal.name().toLowerCase(Locale.ROOT) + " template " + name
                + " of contract type " + typeCode);
        return removal;
    }

    /** The contract's document from the template's latest revision, stored with the contract. */
    public ContractFile generate(long contractId, String templateName) {
        Contract contract = contracts.view(contractId);
        ContractTemplate template = current(contract, templateName);
        ContractFile file = ContractFile.document(
                contract, template, render(contract, template), caller.callerName(), Instant.now());
        files.add(file);
        audit.record(
                Contract.AUDIT_TYPE,
                contractId,
                "document generated",
                Message.of("audit.documentGenerated", file.getFileName(), template.getName(), template.getRevision()));
        return file;
    }

    /** The document as it would be generated now, without storing it. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public byte[] preview(long contractId, String templateName) {
        Contract contract = contracts.view(contractId);
        return render(contract, current(contract, templateName));
    }

    /** The latest revision, if the template is still offered for new documents. */
    private ContractTemplate current(Contract contract, String templateName) {
        ContractTemplate template =
                revisions(contract.getType().getCode(), templateName).get(0);
        if (template.isRetired()) {
            throw new ValidationException("template", "template.retired", template.getName());
        }
        return template;
    }

    private byte[] render(Contract contract, ContractTemplate template) {
        Map<String, Object> fields = new DocumentFields(template.getLocale()).of(contract, LocalDate.now());
        String field = "template " + template.getName() + " r" + template.getRevision();
        return renderer.pdf(renderer.fill(template.getName(), template.getBody(), fields, field), field);
    }

    /** The printable delivery note, from the product's own template in the given language. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public byte[] deliveryNotePdf(long contractId, long noteId, String language) {
        DeliveryNote note = deliveryNotes.ofContract(contractId).stream()
                .filter(each -> each.getId() == noteId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException(Message.of(
                        "notFound.of",
                        Message.of("entity.DeliveryNote"),
                        String.valueOf(noteId),
                        Message.of("entity.Contract"),
                        String.valueOf(contractId))));
        String locale = "en".equals(language) ? "en" : "it";
        Map<String, Object> fields = new DocumentFields(locale).of(note.getContract(), LocalDate.now());
        fields.put("note", new DocumentFields(locale).of(note));
        String template = BuiltInTemplates.read("delivery-note_" + locale + ".ftlh");
        return renderer.pdf(renderer.fill("delivery-note", template, fields, "template"), "template");
    }
}
