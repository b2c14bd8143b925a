package org.emporium.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployment every integration test uses: the real WAR that the build produced, exactly what users run,
 * deployed at the root context as in production.
 */
public final class ShopDeployment {

    private ShopDeployment() {
    }

    public static WebArchive war() {
        File war = new File(System.getProperty("emporium.war", "target/emporium.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Build the WAR first (mvn verify builds it before the tests): " + war);
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war).as(WebArchive.class);
    }

    /** ShrinkWrap names the archive after the file; ROOT.war is deployed at "/". */
    public static WebArchive warAtRoot() {
        WebArchive archive = ShrinkWrap.create(WebArchive.class, "ROOT.war");
        archive.merge(war());
        return archive;
    }
}
