package com.assisto.application.attachment;

import com.assisto.application.contract.ContractAccess;
import com.assisto.application.equipment.EquipmentService;
import com.assisto.application.equipment.PlantService;
import com.assisto.domain.attachment.AttachmentOwner;
import com.assisto.domain.contract.Contract;
import com.assisto.domain.contract.ContractStatus;
import com.assisto.domain.shared.ValidationException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * The owners of attachments, loaded through their own area's rules: a caller who may not see a
 * contract, a piece of equipment or a plant gets "does not exist" for it and for its files alike.
 */
@Dependent
public class AttachmentOwners {

    @Inject
    private ContractAccess contracts;

    @EJB
    private EquipmentService equipment;

    @EJB
    private PlantService plants;

    /** The customer the owner belongs to, if the caller may see the owner. */
    public long customerOf(AttachmentOwner kind, long ownerId) {
        return switch (kind) {
            case CONTRACT -> contracts.get(ownerId).getCustomer().getId();
            case EQUIPMENT -> equipment.get(ownerId).getCustomer().getId();
            case PLANT -> plants.get(ownerId).getCustomer().getId();
        };
    }

    /**
     * The customer the owner belongs to, if the caller may see the owner and files may be added or
     * removed now: a contract keeps its files once it is cancelled, rejected or lapsed.
     */
    public long customerForChange(AttachmentOwner kind, long ownerId) {
        if (kind == AttachmentOwner.CONTRACT) {
            Contract contract = contracts.get(ownerId);
            ContractStatus status = contract.getStatus();
            if (!status.isEditable() && status != ContractStatus.RENEWED && status != ContractStatus.EXPIRED) {
                throw new ValidationException("status", "contract.filesClosed", contract.getNumber(), status);
            }
            return contract.getCustomer().getId();
        }
        return customerOf(kind, ownerId);
    }
}
