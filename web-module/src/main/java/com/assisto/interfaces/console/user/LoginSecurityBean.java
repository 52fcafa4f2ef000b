package com.assisto.interfaces.console.user;

import com.assisto.application.user.LoginSecurity;
import com.assisto.domain.user.LoginLock;
import com.assisto.interfaces.console.Faces;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** Administration → Login security: the latest lockouts, with an unlock for the running ones. */
@Named
@ViewScoped
public class LoginSecurityBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient LoginSecurity security;

    private List<LoginLock> locks;

    public List<LoginLock> getLocks() {
        if (locks == null) {
            locks = security.latest(200);
        }
        return locks;
    }

    public boolean isActive(LoginLock lock) {
        return lock.isActive(Instant.now());
    }

    public void unlock(LoginLock lock) {
        try {
            security.unlock(lock.getId());
            locks = null;
            Faces.info("loginSecurity.unlocked");
        } catch (RuntimeException e) {
            Faces.error(e);
        }
    }

    public void refresh() {
        locks = null;
    }
}
