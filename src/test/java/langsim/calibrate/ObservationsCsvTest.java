package langsim.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ObservationsCsvTest {
    @TempDir
    Path dir;

    @Test
    void aCsvSavedWithAByteOrderMarkReadsLikeOneWithout() throws Exception {
        String csv = "year,metric,language,layer,value,source\n2020,so_worked_with_ratio,Rust,,0.1158,SO 2020\n";
        Path plain = Files.writeString(dir.resolve("plain.csv"), csv);
        Path bom = dir.resolve("bom.csv");
        byte[] body = csv.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Files.write(bom, withBom);
        List<Observation> a = ObservationsCsv.read(plain);
        List<Observation> b = ObservationsCsv.read(bom);
        assertEquals(1, b.size());
        assertEquals(a, b);
        assertEquals(0.1158, b.get(0).value(), 0);
    }
}
