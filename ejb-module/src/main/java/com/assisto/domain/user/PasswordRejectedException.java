package com.assisto.domain.user;

import com.assisto.domain.shared.FieldError;
import com.assisto.domain.shared.ValidationException;
import java.util.List;

/** A new password broke the {@link PasswordPolicy}; the field is always {@code password}. */
public class PasswordRejectedException extends ValidationException {

    private static final long serialVersionUID = 1L;

    private final PasswordPolicy.Rule rule;

    public PasswordRejectedException(PasswordPolicy.Rule rule) {
        super(List.of(new FieldError("password", rule.problem())));
        this.rule = rule;
    }

    public PasswordPolicy.Rule getRule() {
        return rule;
    }
}
