package org.emporium.testing;

/** Real pictures for upload tests, drawn here rather than kept as files. */
public final class TestPictures {

    private TestPictures() {
    }

    /** A real PNG of the given size. */
    public static byte[] png(int width, int height) throws java.io.IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(width, height,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(java.awt.Color.MAGENTA);
        g.fillRect(0, 0, width / 2, height);
        g.dispose();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
