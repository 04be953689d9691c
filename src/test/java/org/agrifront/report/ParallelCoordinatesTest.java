package org.agrifront.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import javax.imageio.ImageIO;

import org.agrifront.core.Sense;
import org.junit.jupiter.api.Test;

class ParallelCoordinatesTest {
    static final List<ParallelCoordinates.Axis> AXES = List.of(new ParallelCoordinates.Axis("water", Sense.MIN, "Mm3"),
            new ParallelCoordinates.Axis("income", Sense.MAX, "US$"));

    @Test
    void axesAreNormalisedWithOneForTheBestValueOfEitherSense() {
        // water best 10 worst 30; income best 5 worst 1 (in minimisation form: best -5, worst -1)
        double[] best = {10, -5}, worst = {30, -1};
        assertArrayEquals(new double[] {1.0, 0.0}, ParallelCoordinates.normalise(new double[] {10, 1}, AXES, best, worst), 1e-12);
        assertArrayEquals(new double[] {0.5, 0.75}, ParallelCoordinates.normalise(new double[] {20, 4}, AXES, best, worst), 1e-12);
    }

    @Test
    void rendersAPngWithTheCompromiseInRed() throws IOException {
        List<double[]> front = List.of(new double[] {10, 1}, new double[] {30, 5}, new double[] {18, 3.5});
        byte[] png = ParallelCoordinates.render(AXES, front, new double[] {25, 2}, List.of(), "test");
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(1500, img.getWidth());
        assertEquals(760, img.getHeight());
        int red = 0;
        for (int x = 0; x < img.getWidth(); x += 2) {
            for (int y = 0; y < img.getHeight(); y += 2) {
                int rgb = img.getRGB(x, y);
                if (((rgb >> 16) & 255) > 180 && ((rgb >> 8) & 255) < 60 && (rgb & 255) < 60) red++;
            }
        }
        assertTrue(red > 100, "the compromise (18, 3.5) is drawn in red: " + red + " red pixels");
    }
}
