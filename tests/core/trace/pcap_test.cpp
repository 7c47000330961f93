// pcap files (tcp-behaviour.md §6): the header and record bytes (PC-1..PC-5), atomic writes,
// and the reader on our own files, hand-made Ethernet files and a real Linux capture.
#include "core/trace/pcap.hpp"
#include "core/trace/tcpdump.hpp"

#include <gtest/gtest.h>

#include "capture_helpers.hpp"
#include "trace_scenarios.hpp"

using namespace ackademy;
using namespace ackademy::trace;
using namespace ackademy::trace::testing;

namespace {

std::uint32_t le32(const std::vector<std::uint8_t>& b, std::size_t at)
{
    return std::uint32_t{b[at]} | std::uint32_t{b[at + 1]} << 8 | std::uint32_t{b[at + 2]} << 16 |
           std::uint32_t{b[at + 3]} << 24;
}

std::vector<std::string> names_in(const std::filesystem::path& dir)
{
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(dir))
        names.push_back(entry.path().filename());
    std::sort(names.begin(), names.end());
    return names;
}

/// An Ethernet II frame (PC-4) around `ip`, padded to the 60-byte minimum as a NIC would.
std::vector<std::uint8_t> ethernet(std::uint16_t ether_type, std::vector<std::uint8_t> payload)
{
    std::vector<std::uint8_t> frame{0x02,
                                    0,
                                    0,
                                    0,
                                    0,
                                    0x02,
                                    0x02,
                                    0,
                                    0,
                                    0,
                                    0,
                                    0x01,
                                    static_cast<std::uint8_t>(ether_type >> 8),
                                    static_cast<std::uint8_t>(ether_type & 0xFF)};
    frame.insert(frame.end(), payload.begin(), payload.end());
    if (frame.size() < 60) frame.resize(60, 0);
    return frame;
}

} // namespace

// ---- writer: bytes ------------------------------------------------------------------------

TEST(PcapWrite, GlobalHeaderIsLittleEndianMicrosecondRawIpPc1Pc2Pc5)
{
    TempDir dir;
    const auto file = dir / "golden.pcap";
    ASSERT_EQ(write_pcap(file, td22_exchange()), std::nullopt);
    const auto bytes = read_bytes(file);
    ASSERT_GE(bytes.size(), 24U);
    // PC-1: magic a1b2c3d4 (µs) in the writer's (little-endian) order, version 2.4.
    const std::vector<std::uint8_t> start(bytes.begin(), bytes.begin() + 8);
    EXPECT_EQ(start, (std::vector<std::uint8_t>{0xd4, 0xc3, 0xb2, 0xa1, 0x02, 0x00, 0x04, 0x00}));
    EXPECT_EQ(le32(bytes, 8), 0U);  // reserved1 (thiszone)
    EXPECT_EQ(le32(bytes, 12), 0U); // reserved2 (sigfigs)
    EXPECT_EQ(le32(bytes, 16), kPcapSnapLength);
    // PC-2, PC-5: LINKTYPE_RAW = 101 in the file (not the DLT_RAW API value 12), FCS bits 0.
    EXPECT_EQ(le32(bytes, 20), 101U);
}

TEST(PcapWrite, RecordsHoldTheEncodedPacketsAndVirtualTimePc3)
{
    TempDir dir;
    const auto file = dir / "golden.pcap";
    auto packets = td22_exchange();
    packets[7].at = Time(3'000'123'456); // 3000.123456 s
    ASSERT_EQ(write_pcap(file, packets), std::nullopt);
    const auto bytes = read_bytes(file);
    std::size_t at = 24;
    for (const auto& p : packets) {
        ASSERT_LE(at + 16, bytes.size());
        const auto encoded = tcp::encode(p.packet);
        EXPECT_EQ(le32(bytes, at), static_cast<std::uint32_t>(p.at.count() / 1000000));
        EXPECT_EQ(le32(bytes, at + 4), static_cast<std::uint32_t>(p.at.count() % 1000000));
        EXPECT_EQ(le32(bytes, at + 8), encoded.size());  // captured length
        EXPECT_EQ(le32(bytes, at + 12), encoded.size()); // original length: never truncated
        at += 16;
        ASSERT_LE(at + encoded.size(), bytes.size());
        EXPECT_TRUE(
            std::equal(encoded.begin(), encoded.end(), bytes.begin() + static_cast<std::ptrdiff_t>(at)));
        at += encoded.size();
    }
    EXPECT_EQ(at, bytes.size());
    EXPECT_EQ(le32(bytes, 24), 0U); // first record: virtual time 0 is the epoch
}

TEST(PcapWrite, EmptyCaptureIsJustTheHeader)
{
    TempDir dir;
    ASSERT_EQ(write_pcap(dir / "empty.pcap", {}), std::nullopt);
    EXPECT_EQ(read_bytes(dir / "empty.pcap").size(), 24U);
    const auto back = read_pcap(dir / "empty.pcap");
    ASSERT_TRUE(back) << *back.error;
    EXPECT_TRUE(back.packets.empty());
}

TEST(PcapWrite, TcpdumpNamesTheLinkTypeRawTd14)
{
    if (!have_tcpdump()) GTEST_SKIP() << "tcpdump is not on PATH: the link-type line was not checked";
    TempDir dir;
    const auto file = dir / "golden.pcap";
    ASSERT_EQ(write_pcap(file, td22_exchange()), std::nullopt);
    // TD-14: the header line goes to stderr; swap the streams to read it.
    const auto header = run("tcpdump -n -r " + shell_quote(file) + " 2>&1 >/dev/null");
    ASSERT_TRUE(header.has_value());
    EXPECT_NE(header->find("link-type RAW (Raw IP)"), std::string::npos) << *header;
    EXPECT_NE(header->find("snapshot length 262144"), std::string::npos) << *header;
}

// ---- writer: atomicity --------------------------------------------------------------------

TEST(PcapWrite, MissingDirectoryFailsWithAClearMessageAndNoFile)
{
    TempDir dir;
    const auto file = dir / "no-such-dir" / "out.pcap";
    const auto error = write_pcap(file, td22_exchange());
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(*error, "cannot write pcap file '" + file.string() + "': No such file or directory");
    EXPECT_FALSE(std::filesystem::exists(file));
    EXPECT_TRUE(names_in(dir.path()).empty());
}

TEST(PcapWrite, ExistingFileIsReplacedOnSuccess)
{
    TempDir dir;
    const auto file = dir / "out.pcap";
    ASSERT_EQ(write_pcap(file, closed_port()), std::nullopt);
    const auto before = read_bytes(file);
    ASSERT_EQ(write_pcap(file, td22_exchange()), std::nullopt);
    EXPECT_NE(read_bytes(file), before);
    const auto back = read_pcap(file);
    ASSERT_TRUE(back) << *back.error;
    EXPECT_EQ(back.packets, td22_exchange());
    EXPECT_EQ(names_in(dir.path()), std::vector<std::string>{"out.pcap"}); // no temporary left
}

TEST(PcapWrite, ExistingFileIsKeptWhenWritingFails)
{
    TempDir dir;
    const auto file = dir / "out.pcap";
    ASSERT_EQ(write_pcap(file, closed_port()), std::nullopt);
    const auto before = read_bytes(file);

    auto packets = td22_exchange();
    packets[3].at = Time(-1);
    const auto error = write_pcap(file, packets);
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(*error,
              "cannot write pcap file '" + file.string() + "': packet 4 has a negative timestamp (-1 us)");
    EXPECT_EQ(read_bytes(file), before);
    EXPECT_EQ(names_in(dir.path()), std::vector<std::string>{"out.pcap"});
}

TEST(PcapWrite, RenameFailureRemovesTheTemporaryFile)
{
    TempDir dir;
    // The target is a non-empty directory: everything succeeds up to rename(), which fails.
    const auto target = dir / "target";
    std::filesystem::create_directory(target);
    std::ofstream(target / "keep").put('x');
    const auto error = write_pcap(target, td22_exchange());
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->rfind("cannot write pcap file '" + target.string() + "': ", 0), 0U) << *error;
    EXPECT_EQ(names_in(dir.path()), std::vector<std::string>{"target"});
    EXPECT_EQ(names_in(target), std::vector<std::string>{"keep"});
}

// ---- reader -------------------------------------------------------------------------------

TEST(PcapRead, RoundTripsEveryCraftedScenario)
{
    TempDir dir;
    for (const auto& scenario : parity_scenarios()) {
        const auto packets = scenario.build();
        const auto file = dir / (scenario.name + ".pcap");
        ASSERT_EQ(write_pcap(file, packets), std::nullopt) << scenario.name;
        const auto back = read_pcap(file);
        ASSERT_TRUE(back) << scenario.name << ": " << *back.error;
        EXPECT_EQ(back.link_type, "RAW");
        EXPECT_EQ(back.skipped, 0U);
        // Options that are not a multiple of 4 come back with their EOL padding (wire.hpp),
        // so compare what tcpdump would print, which is the same either way.
        EXPECT_EQ(format_tcpdump(back.packets), format_tcpdump(packets)) << scenario.name;
        ASSERT_EQ(back.packets.size(), packets.size());
        for (std::size_t i = 0; i < packets.size(); ++i) EXPECT_EQ(back.packets[i].at, packets[i].at);
    }
    const auto golden = read_pcap(dir / "Td22Golden.pcap");
    EXPECT_EQ(golden.packets, td22_exchange()); // Linux options are 4-aligned: exact equality
}

TEST(PcapRead, RealLinuxCaptureIsEthernetAndFormatsExactlyLikeTcpdump)
{
    const auto capture = read_pcap(data_dir() / "handshake-data-close-rtt20ms.pcap");
    ASSERT_TRUE(capture) << *capture.error;
    // The published capture was taken on an Ethernet interface (PC-4), not raw IP.
    EXPECT_EQ(capture.link_type, "EN10MB");
    ASSERT_EQ(capture.packets.size(), 11U);
    EXPECT_EQ(capture.packets[0].at, Time(1795461874033447)); // the record's own epoch time
    // The reference text was printed by tcpdump on the capturing machine.
    EXPECT_EQ(format_tcpdump(capture.packets), read_text(data_dir() / "handshake-data-close-rtt20ms.txt"));
}

TEST(PcapRead, EthernetPaddingIsCutAndNonIpFramesAreSkipped)
{
    auto syn = td22_exchange()[0];
    syn.packet.tcp.options = {};
    const auto ip_bytes = tcp::encode(syn.packet); // 40 bytes: the frame gets 6 bytes of padding
    HandmadePcap pcap(1);
    pcap.record(7, 250, ethernet(0x0806, std::vector<std::uint8_t>(28, 0))); // ARP
    pcap.record(7, 500, ethernet(0x0800, {ip_bytes.begin(), ip_bytes.end()}));
    pcap.record(7, 750, ethernet(0x86dd, std::vector<std::uint8_t>(40, 0))); // IPv6
    TempDir dir;
    pcap.save(dir / "eth.pcap");
    const auto back = read_pcap(dir / "eth.pcap");
    ASSERT_TRUE(back) << *back.error;
    EXPECT_EQ(back.skipped, 2U);
    ASSERT_EQ(back.packets.size(), 1U);
    EXPECT_EQ(back.packets[0].packet, syn.packet);
    EXPECT_EQ(back.packets[0].at, Time(7'000'500));
}

TEST(PcapRead, MissingFileNamesTheFile)
{
    TempDir dir;
    const auto file = dir / "absent.pcap";
    const auto result = read_pcap(file);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error->rfind("cannot read pcap file '" + file.string() + "': ", 0), 0U) << *result.error;
    EXPECT_NE(result.error->find("No such file or directory"), std::string::npos) << *result.error;
}

TEST(PcapRead, CorruptRecordNamesTheRecordAndTheField)
{
    const auto packets = td22_exchange();
    HandmadePcap pcap(101);
    const auto good = tcp::encode(packets[0].packet);
    auto bad = tcp::encode(packets[1].packet);
    bad[36] ^= 0xFF; // TCP checksum
    pcap.record(0, 0, good);
    pcap.record(0, 10000, bad);
    TempDir dir;
    pcap.save(dir / "bad.pcap");
    const auto result = read_pcap(dir / "bad.pcap");
    ASSERT_FALSE(result);
    EXPECT_NE(result.error->find("record 2: "), std::string::npos) << *result.error;
    EXPECT_NE(result.error->find("checksum"), std::string::npos) << *result.error;
    EXPECT_EQ(result.packets.size(), 1U); // the records before the bad one
}
