package com.assisto.interfaces.rest.contract;

import static com.assisto.interfaces.rest.contract.ContractDtoAssembler.file;

import com.assisto.application.attachment.StoredFile;
import com.assisto.application.contract.ContractDocuments;
import com.assisto.application.contract.ContractFileEntry;
import com.assisto.application.contract.ContractFiles;
import com.assisto.interfaces.rest.Allowed;
import com.assisto.interfaces.rest.Bodies;
import com.assisto.interfaces.rest.Problem;
import com.assisto.interfaces.rest.Uploads;
import com.assisto.interfaces.rest.contract.ContractDtos.DocumentInput;
import com.assisto.interfaces.rest.contract.ContractDtos.FileDto;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What a contract keeps and prints as files: attachments, documents made from its type's templates
 * (C13), and the PDFs of its delivery notes (C5).
 */
@ApplicationScoped
@Path("contracts")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Consumes(MediaType.APPLICATION_JSON)
// by reference: each class tagged by name adds one more "Contracts" to the OpenAPI list of tags
@Tag(ref = "Contracts")
@Allowed({"ADMIN", "BACKOFFICE"})
public class ContractFilesResource {

    private static final String PDF = "application/pdf";

    @EJB
    private ContractFiles contractFiles;

    @EJB
    private ContractDocuments documents;

    @Inject
    @ConfigProperty(name = "assisto.attachments.max-bytes", defaultValue = "10485760")
    private long maxAttachmentBytes;

    @GET
    @Path("{id}/files")
    @Allowed({"ADMIN", "BACKOFFICE", "CUSTOMER"})
    @Operation(summary = "Attached and generated files, newest first")
    public List<FileDto> files(@PathParam("id") long id) {
        return contractFiles.files(id).stream().map(ContractDtoAssembler::file).toList();
    }

    @POST
    @Path("{id}/files")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Attach a file (PDF, PNG, JPEG or TIFF): the raw bytes as the body, the name in ?name=")
    public Response attach(@PathParam("id") long id, @QueryParam("name") String name, InputStream body) {
        byte[] content = Uploads.read(body, name, maxAttachmentBytes);
        return Response.status(Response.Status.CREATED)
                .entity(file(contractFiles.attach(id, name, content)))
                .build();
    }

    @GET
    @Path("{id}/files/{fileId}")
    @Produces({MediaType.WILDCARD, Problem.MEDIA_TYPE})
    @Allowed({"ADMIN", "BACKOFFICE", "CUSTOMER"})
    @Operation(summary = "Download a file")
    public Response download(@PathParam("id") long id, @PathParam("fileId") long fileId) {
        return Uploads.download(contractFiles.file(id, fileId), "attachment");
    }

    @POST
    @Path("{id}/documents")
    @Operation(summary = "Generate the contract document from a template of its type and store it with the contract")
    public Response generate(@PathParam("id") long id, DocumentInput input) {
        Bodies.required(input);
        return Response.status(Response.Status.CREATED)
                .entity(file(ContractFileEntry.of(documents.generate(id, input.template()))))
                .build();
    }

    @GET
    @Path("{id}/documents/preview")
    @Produces({PDF, Problem.MEDIA_TYPE})
    @Operation(summary = "The document a template would make now, without storing it")
    public Response preview(@PathParam("id") long id, @QueryParam("template") String template) {
        return pdf(documents.preview(id, template), "preview.pdf");
    }

    @GET
    @Path("{id}/delivery-notes/{noteId}/pdf")
    @Produces({PDF, Problem.MEDIA_TYPE})
    @Allowed({"ADMIN", "BACKOFFICE", "CUSTOMER"})
    @Operation(summary = "A delivery note to print, in Italian (lang=it) or English (lang=en)")
    public Response deliveryNotePdf(
            @PathParam("id") long id, @PathParam("noteId") long noteId, @QueryParam("lang") String language) {
        return pdf(documents.deliveryNotePdf(id, noteId, language), "delivery-note-" + noteId + ".pdf");
    }

    private static Response pdf(byte[] content, String fileName) {
        return Uploads.download(new StoredFile(fileName, PDF, content), "inline");
    }
}
