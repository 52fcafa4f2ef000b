package com.assisto.domain.code;

import java.util.regex.Pattern;

/**
 * The user-editable code tables. Service typologies are numbered 1 to 999, as the ERP numbers
 * them; the others take short mnemonic codes. Contract types carry a schema and defaults of
 * their own and live in the contract area.
 */
public enum CodeKind {
    SERVICE_TYPOLOGY("[1-9][0-9]{0,2}", "a number from 1 to 999"),
    INTERVENTION_TYPE("[A-Z0-9_]{1,10}", "up to 10 capital letters, digits or _"),
    URGENCY_CLASS("[A-Z0-9_]{1,10}", "up to 10 capital letters, digits or _"),
    UNIT("[A-Za-z0-9_.]{1,10}", "up to 10 letters, digits, _ or ."),
    PAYMENT_TERMS("[A-Z0-9_.]{1,10}", "up to 10 capital letters, digits, _ or ."),
    WAREHOUSE("[A-Z0-9_]{1,10}", "up to 10 capital letters, digits or _");

    private final Pattern codeShape;
    private final String shapeDescription;

    CodeKind(String codeShape, String shapeDescription) {
        this.codeShape = Pattern.compile(codeShape);
        this.shapeDescription = shapeDescription;
    }

    public boolean accepts(String code) {
        return code != null && codeShape.matcher(code).matches();
    }

    public String shapeDescription() {
        return shapeDescription;
    }
}
