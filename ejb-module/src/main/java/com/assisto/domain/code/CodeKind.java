package com.assisto.domain.code;

import com.assisto.domain.shared.Message;
import java.util.regex.Pattern;

/**
 * The user-editable code tables. Service typologies are numbered 1 to 999, as the ERP numbers
 * them; the others take short mnemonic codes. Contract types carry a schema and defaults of
 * their own and live in the contract area.
 */
public enum CodeKind {
    SERVICE_TYPOLOGY("[1-9][0-9]{0,2}", "code.shape.number"),
    INTERVENTION_TYPE("[A-Z0-9_]{1,10}", "code.shape.capitals"),
    URGENCY_CLASS("[A-Z0-9_]{1,10}", "code.shape.capitals"),
    UNIT("[A-Za-z0-9_.]{1,10}", "code.shape.letters"),
    PAYMENT_TERMS("[A-Z0-9_.]{1,10}", "code.shape.capitalsDot"),
    WAREHOUSE("[A-Z0-9_]{1,10}", "code.shape.capitals");

    private final Pattern codeShape;
    private final String shapeKey;

    CodeKind(String codeShape, String shapeKey) {
        this.codeShape = Pattern.compile(codeShape);
        this.shapeKey = shapeKey;
    }

    public boolean accepts(String code) {
        return code != null && codeShape.matcher(code).matches();
    }

    /** What a code of the table looks like, for the refusal of one that does not. */
    public Message shapeDescription() {
        return Message.of(shapeKey);
    }
}
