package com.assisto.systemtest;

import java.io.File;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Deploys the real EAR, as built, to the managed Payara Server; the tests talk to it from
 * outside over HTTP, the file system and the database, as users and the ERP do.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class DeployedAssisto {

    protected static final String BASE_URL = System.getProperty("test.base.url", "http://127.0.0.1:18080/assisto/");

    @Deployment(testable = false)
    public static EnterpriseArchive assisto() throws java.io.IOException {
        // the container writes the archive under this name in the temporary directory: one of the build's own
        java.nio.file.Files.createDirectories(java.nio.file.Path.of(System.getProperty("java.io.tmpdir")));
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("test.ear")));
    }
}
