package org.agrifront.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.sis.util.collection.TableColumn;
import org.apache.sis.util.collection.TreeTable;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The GDAL conventions a GeoTIFF carries beside the pixels: the GDAL_NODATA text, the GDAL_METADATA XML (band
 * description, unit, {@code CATEGORY_<code>} items) and the PAM side-car {@code .aux.xml} with category names.
 */
final class GdalText {
    private GdalText() {
    }

    /** What a file's GDAL_METADATA says per band (0-based). */
    record Metadata(Map<Integer, String> descriptions, Map<Integer, String> units, Map<Integer, List<String>> categories) {
        Optional<String> description(int band) {
            return Optional.ofNullable(descriptions.get(band));
        }

        String unit(int band) {
            return units.getOrDefault(band, "");
        }

        List<String> categories(int band) {
            return categories.getOrDefault(band, List.of());
        }
    }

    static String nodata(double v) {
        return Double.isNaN(v) ? "nan" : Numbers.format(v);
    }

    static double parseNodata(String text) {
        String t = text.replace("\0", "").trim();
        return t.equalsIgnoreCase("nan") ? Double.NaN : Double.parseDouble(t);
    }

    static String metadataXml(List<GeoRaster.Band> bands) {
        StringBuilder xml = new StringBuilder("<GDALMetadata>\n");
        for (int b = 0; b < bands.size(); b++) {
            GeoRaster.Band band = bands.get(b);
            item(xml, "DESCRIPTION", b, "description", band.name());
            if (!band.unit().isEmpty()) item(xml, "UNITTYPE", b, "unittype", band.unit());
            List<String> names = band.categories();
            for (int code = 0; code < names.size(); code++) {
                if (!names.get(code).isEmpty()) item(xml, "CATEGORY_" + code, b, null, names.get(code));
            }
        }
        return xml.append("</GDALMetadata>").toString();
    }

    private static void item(StringBuilder xml, String name, int band, String role, String value) {
        xml.append("  <Item name=\"").append(name).append("\" sample=\"").append(band).append('"');
        if (role != null) xml.append(" role=\"").append(role).append('"');
        xml.append('>').append(escape(value)).append("</Item>\n");
    }

    /** GDAL's side-car: category names per band, which its GeoTIFF driver reads from nowhere else. */
    static String pamXml(List<GeoRaster.Band> bands) {
        StringBuilder xml = new StringBuilder("<PAMDataset>\n");
        for (int b = 0; b < bands.size(); b++) {
            if (!bands.get(b).isCategorical()) continue;
            xml.append("  <PAMRasterBand band=\"").append(b + 1).append("\">\n    <CategoryNames>\n");
            for (String name : bands.get(b).categories()) {
                xml.append("      <Category>").append(escape(name)).append("</Category>\n");
            }
            xml.append("    </CategoryNames>\n  </PAMRasterBand>\n");
        }
        return xml.append("</PAMDataset>\n").toString();
    }

    /** Category names per band (0-based list) from a PAM side-car; empty when there is no side-car. */
    static List<List<String>> readPamCategories(Path sidecar) {
        if (!Files.isRegularFile(sidecar)) return List.of();
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Element root = factory.newDocumentBuilder().parse(sidecar.toFile()).getDocumentElement();
            List<List<String>> result = new ArrayList<>();
            NodeList bands = root.getElementsByTagName("PAMRasterBand");
            for (int i = 0; i < bands.getLength(); i++) {
                Element band = (Element) bands.item(i);
                int index = Integer.parseInt(band.getAttribute("band").trim()) - 1;
                NodeList names = band.getElementsByTagName("Category");
                List<String> categories = new ArrayList<>();
                for (int k = 0; k < names.getLength(); k++) categories.add(names.item(k).getTextContent());
                while (result.size() <= index) result.add(List.of());
                result.set(index, List.copyOf(categories));
            }
            return result;
        } catch (IOException | SAXException | ParserConfigurationException | NumberFormatException e) {
            throw InputException.file(sidecar, "cannot read GDAL side-car: " + e.getMessage());
        }
    }

    /** The band metadata in SIS's tree of a file's TIFF tags (the GDAL_METADATA node and its items). */
    static Metadata parse(TreeTable.Node tags) {
        Map<Integer, String> descriptions = new HashMap<>(), units = new HashMap<>();
        Map<Integer, List<String>> categories = new HashMap<>();
        Optional<TreeTable.Node> gdal = find(tags, "GDAL_METADATA");
        if (gdal.isEmpty()) return new Metadata(descriptions, units, categories);
        Map<Integer, Map<Integer, String>> codes = new HashMap<>();
        for (TreeTable.Node root : gdal.get().getChildren()) {
            for (TreeTable.Node item : root.getChildren()) {
                String name = item.getValue(TableColumn.NAME).toString();
                Object value = item.getValue(TableColumn.VALUE);
                Integer band = sample(item);
                if (band == null || value == null) continue;
                if (name.equals("DESCRIPTION")) descriptions.put(band, value.toString());
                else if (name.equals("UNITTYPE")) units.put(band, value.toString());
                else if (name.startsWith("CATEGORY_")) {
                    try {
                        int code = Integer.parseInt(name.substring("CATEGORY_".length()));
                        if (code >= 0) codes.computeIfAbsent(band, k -> new HashMap<>()).put(code, value.toString());
                    } catch (NumberFormatException e) {
                        // not one of ours: an unrelated item that happens to share the prefix
                    }
                }
            }
        }
        codes.forEach((band, byCode) -> {
            int n = byCode.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
            List<String> names = new ArrayList<>();
            for (int code = 0; code < n; code++) names.add(byCode.getOrDefault(code, ""));
            categories.put(band, List.copyOf(names));
        });
        return new Metadata(descriptions, units, categories);
    }

    private static Integer sample(TreeTable.Node item) {
        for (TreeTable.Node attribute : item.getChildren()) {
            if ("sample".equals(String.valueOf(attribute.getValue(TableColumn.NAME)))) {
                try {
                    return Integer.valueOf(String.valueOf(attribute.getValue(TableColumn.VALUE)).trim());
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        }
        return null;
    }

    /** The first node named {@code name} in a depth-first walk. */
    static Optional<TreeTable.Node> find(TreeTable.Node node, String name) {
        if (node == null) return Optional.empty();
        if (name.equals(String.valueOf(node.getValue(TableColumn.NAME)))) return Optional.of(node);
        for (TreeTable.Node child : node.getChildren()) {
            Optional<TreeTable.Node> hit = find(child, name);
            if (hit.isPresent()) return hit;
        }
        return Optional.empty();
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
