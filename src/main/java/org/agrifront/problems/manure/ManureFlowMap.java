package org.agrifront.problems.manure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.agrifront.io.AtomicFiles;
import org.agrifront.io.GeoJson;

/**
 * The flow map of a transfer plan: {@code manure-flows.geojson} (every province as a point with its LCCSRs before
 * and after, every flow as a line from source to recipient with its tonnes, km and CO2e; WGS 84) and
 * {@code manure-flows.png} (the same drawn on an equirectangular frame around the provinces: sources red, recipients
 * blue, other provinces grey; line width proportional to the N moved, labelled in t N). Lines are straight between
 * the province points, as the transport objective measures them; flows under {@value #MIN_DRAWN_T} t N are left out
 * of the picture (not of the GeoJSON).
 */
public final class ManureFlowMap {
    public static final String GEOJSON = "manure-flows.geojson";
    public static final String PNG = "manure-flows.png";
    static final double MIN_DRAWN_T = 0.5;
    private static final int WIDTH = 1100;
    private static final int MARGIN = 40;
    private static final int TOP = 56;
    private static final int LEGEND = 70;
    private static final Color SOURCE = new Color(0xC0392B);
    private static final Color RECIPIENT = new Color(0x1F5F9E);
    private static final Color OTHER = new Color(0x9A9A9A);
    private static final Color INK = new Color(0x222222);
    private static final Color[] FLOW = {new Color(0xE67E22), new Color(0x8E44AD), new Color(0x16A085),
        new Color(0xD35400), new Color(0x2C3E50), new Color(0x7F8C8D)};

    private ManureFlowMap() {
    }

    /** Writes {@link #GEOJSON} and {@link #PNG} for {@code plan} into {@code dir}. */
    public static void write(Path dir, TransferPlan plan, String title) {
        GeoJson.write(dir.resolve(GEOJSON), features(plan));
        byte[] png = png(plan, title);
        AtomicFiles.write(dir.resolve(PNG), out -> out.write(png));
    }

    /** Province points, then flow lines (every flow with a positive share). */
    public static List<GeoJson.Feature> features(TransferPlan plan) {
        TransferNetwork net = plan.network();
        ManureData d = net.data();
        NutrientBalance b = net.balance();
        double[] sentN = new double[d.size()], receivedN = new double[d.size()];
        for (int l = 0; l < net.links(); l++) {
            sentN[net.source(net.linkSource(l))] += plan.nitrogen(l);
            receivedN[net.linkRecipient(l)] += plan.nitrogen(l);
        }
        List<GeoJson.Feature> out = new ArrayList<>();
        for (int i = 0; i < d.size(); i++) {
            ManureData.Province p = d.province(i);
            out.add(GeoJson.feature(GeoJson.point(p.lon(), p.lat()), "kind", "province", "code", p.code(), "name", p.name(),
                    "role", role(net, i), "lccsr_n_before", b.lccsrN(i), "lccsr_n_after", plan.lccsrNAfter(i),
                    "lccsr_p_before", b.lccsrP(i), "lccsr_p_after", plan.lccsrPAfter(i), "sent_n_t", sentN[i],
                    "received_n_t", receivedN[i], "ghg_increase_pct", plan.ghgIncreasePercent(i)));
        }
        for (int l = 0; l < net.links(); l++) {
            if (plan.share(l) <= 0) continue;
            ManureData.Province from = d.province(net.source(net.linkSource(l))), to = d.province(net.linkRecipient(l));
            out.add(GeoJson.feature(GeoJson.line(from.lon(), from.lat(), to.lon(), to.lat()), "kind", "flow",
                    "source", from.code(), "recipient", to.code(), "share", plan.share(l),
                    "pig_equivalents", plan.pigEquivalents(l), "n_t", plan.nitrogen(l), "p_t", plan.phosphorus(l),
                    "km", net.km(l), "t_co2e", plan.co2e(l)));
        }
        return out;
    }

    private static String role(TransferNetwork net, int i) {
        if (net.balance().isSource(i)) return "source";
        for (int k = 0; k < net.recipients(); k++) if (net.recipient(k) == i) return "recipient";
        return "";
    }

    /** The PNG bytes of the map (deterministic for a plan on a given JDK and font set). */
    public static byte[] png(TransferPlan plan, String title) {
        TransferNetwork net = plan.network();
        ManureData d = net.data();
        double lonMin = Double.POSITIVE_INFINITY, lonMax = Double.NEGATIVE_INFINITY;
        double latMin = Double.POSITIVE_INFINITY, latMax = Double.NEGATIVE_INFINITY;
        for (ManureData.Province p : d.provinces()) {
            lonMin = Math.min(lonMin, p.lon());
            lonMax = Math.max(lonMax, p.lon());
            latMin = Math.min(latMin, p.lat());
            latMax = Math.max(latMax, p.lat());
        }
        lonMin -= 2;
        lonMax += 2;
        latMin -= 2;
        latMax += 2;
        double aspect = Math.cos(Math.toRadians((latMin + latMax) / 2)); // equirectangular, true at mid-latitude
        double scale = (WIDTH - 2.0 * MARGIN) / ((lonMax - lonMin) * aspect);
        int mapHeight = (int) Math.ceil((latMax - latMin) * scale);
        int height = TOP + mapHeight + LEGEND;
        BufferedImage img = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, height);
        g.setColor(INK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        g.drawString(title, MARGIN, 28);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.drawString(String.format(Locale.ROOT, "%.3f Mt N and %.4f Mt P moved; line width proportional to t N; straight lines between province points",
                plan.movedN() / 1e6, plan.movedP() / 1e6), MARGIN, 46);
        g.setColor(new Color(0xBBBBBB));
        g.drawRect(MARGIN, TOP, WIDTH - 2 * MARGIN, mapHeight);

        final double fLonMin = lonMin, fLatMax = latMax;
        java.util.function.DoubleUnaryOperator px = lon -> MARGIN + (lon - fLonMin) * aspect * scale;
        java.util.function.DoubleUnaryOperator py = lat -> TOP + (fLatMax - lat) * scale;

        double maxN = 0;
        for (int l = 0; l < net.links(); l++) maxN = Math.max(maxN, plan.nitrogen(l));
        double[] receivedN = new double[d.size()];
        for (int l = 0; l < net.links(); l++) receivedN[net.linkRecipient(l)] += plan.nitrogen(l);
        // flows first, so the points sit on top
        for (int l = 0; l < net.links(); l++) {
            double n = plan.nitrogen(l);
            if (n < MIN_DRAWN_T) continue;
            ManureData.Province from = d.province(net.source(net.linkSource(l))), to = d.province(net.linkRecipient(l));
            double x1 = px.applyAsDouble(from.lon()), y1 = py.applyAsDouble(from.lat());
            double x2 = px.applyAsDouble(to.lon()), y2 = py.applyAsDouble(to.lat());
            float w = (float) (1.5 + 10 * n / maxN);
            Color c = FLOW[net.linkSource(l) % FLOW.length];
            g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 200));
            g.setStroke(new BasicStroke(w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            double len = Math.hypot(x2 - x1, y2 - y1);
            double ux = (x2 - x1) / len, uy = (y2 - y1) / len;
            double head = 8 + w;
            double ex = x2 - ux * 9, ey = y2 - uy * 9; // stop short of the recipient's marker
            g.draw(new Line2D.Double(x1, y1, ex - ux * head * 0.6, ey - uy * head * 0.6));
            Path2D arrow = new Path2D.Double();
            arrow.moveTo(ex, ey);
            arrow.lineTo(ex - ux * head - uy * head * 0.55, ey - uy * head + ux * head * 0.55);
            arrow.lineTo(ex - ux * head + uy * head * 0.55, ey - uy * head - ux * head * 0.55);
            arrow.closePath();
            g.fill(arrow);
            g.setColor(INK);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            String label = String.format(Locale.ROOT, "%,.0f t N", n);
            double off = len < 80 ? 16 + w : 10; // short lines: keep the label clear of the markers
            double mx = (x1 + x2) / 2 - uy * off, my = (y1 + y2) / 2 + ux * off + (len < 80 ? 12 : 0);
            g.drawString(label, (float) mx - g.getFontMetrics().stringWidth(label) / 2f, (float) my);
        }
        g.setStroke(new BasicStroke(1f));
        for (int i = 0; i < d.size(); i++) {
            ManureData.Province p = d.province(i);
            String role = role(net, i);
            boolean source = role.equals("source"), recipient = receivedN[i] >= MIN_DRAWN_T;
            double r = source ? 7 : recipient ? 6 : 3.5;
            double x = px.applyAsDouble(p.lon()), y = py.applyAsDouble(p.lat());
            g.setColor(source ? SOURCE : recipient ? RECIPIENT : OTHER);
            g.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
            g.setColor(source || recipient ? INK : OTHER);
            g.setFont(new Font(Font.SANS_SERIF, source || recipient ? Font.BOLD : Font.PLAIN, source || recipient ? 12 : 10));
            String label = source ? String.format(Locale.ROOT, "%s %.2f→%.2f", p.code(), net.balance().lccsrN(i), plan.lccsrNAfter(i))
                    : recipient ? String.format(Locale.ROOT, "%s %.2f→%.2f", p.code(), net.balance().lccsrN(i), plan.lccsrNAfter(i))
                    : p.code();
            g.drawString(label, (float) (x + r + 2), (float) (y - r));
        }
        // legend
        int ly = TOP + mapHeight + 24;
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        legendDot(g, MARGIN, ly, SOURCE, 7, "source (N LCCSR before→after)");
        legendDot(g, MARGIN + 260, ly, RECIPIENT, 6, "recipient (N LCCSR before→after)");
        legendDot(g, MARGIN + 520, ly, OTHER, 3.5, "other province");
        g.setColor(INK);
        g.setStroke(new BasicStroke((float) 11.5, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(MARGIN + 700, ly - 4, MARGIN + 760, ly - 4));
        g.drawString(String.format(Locale.ROOT, "%,.0f t N", maxN), MARGIN + 772, ly);
        g.setStroke(new BasicStroke(1.5f));
        g.draw(new Line2D.Double(MARGIN + 860, ly - 4, MARGIN + 920, ly - 4));
        g.drawString(String.format(Locale.ROOT, "≈ 0 t N"), MARGIN + 932, ly);
        g.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void legendDot(Graphics2D g, int x, int y, Color c, double r, String text) {
        g.setColor(c);
        g.fill(new Ellipse2D.Double(x, y - 4 - r, 2 * r, 2 * r));
        g.setColor(INK);
        g.drawString(text, x + 2 * (float) r + 6, y);
    }
}
