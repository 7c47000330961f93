#include "core/trace/pcap.hpp"

#include <fcntl.h>
#include <pcap/pcap.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <limits>
#include <stdexcept>

namespace ackademy::trace {

namespace {

constexpr std::int64_t kMicrosPerSecond = 1000000;
constexpr std::size_t kEthernetHeader = 14;    // PC-4: dst MAC, src MAC, EtherType
constexpr std::size_t kVlanTag = 4;            // IEEE 802.1Q tag between MACs and EtherType
constexpr std::size_t kLinuxCookedHeader = 16; // LINKTYPE_LINUX_SLL, protocol at offset 14
constexpr std::uint16_t kEtherTypeIpv4 = 0x0800;
constexpr std::uint16_t kEtherTypeVlan = 0x8100;
constexpr std::uint8_t kProtocolTcp = 6;
constexpr int kTempNameAttempts = 100;

std::string quoted(const std::filesystem::path& path)
{
    return "'" + path.string() + "'";
}

std::string errno_text(int error)
{
    return std::strerror(error);
}

std::uint16_t get_u16(std::span<const std::uint8_t> in, std::size_t at)
{
    return static_cast<std::uint16_t>((in[at] << 8) | in[at + 1]);
}

/// Removes the temporary file unless it was renamed into place.
class TempFile {
public:
    TempFile() = default;
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;
    ~TempFile()
    {
        if (!path_.empty()) ::unlink(path_.c_str());
    }

    /// Creates a new file next to `target`, named after it, with O_EXCL so an existing
    /// file is never reused. Mode 0666 lets the umask decide, as for any new file.
    int create(const std::filesystem::path& target, std::string& error)
    {
        static std::atomic<unsigned> counter{0}; // names differ between threads too
        const auto dir = target.parent_path();
        for (int attempt = 0; attempt < kTempNameAttempts; ++attempt) {
            const auto name = "." + target.filename().string() + ".tmp-" + std::to_string(::getpid()) + "-" +
                              std::to_string(counter++);
            const auto candidate = dir.empty() ? std::filesystem::path(name) : dir / name;
            const int fd = ::open(candidate.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
            if (fd >= 0) {
                path_ = candidate;
                return fd;
            }
            if (errno != EEXIST) {
                error = errno_text(errno);
                return -1;
            }
        }
        error = "no free temporary file name in its directory";
        return -1;
    }

    const std::filesystem::path& path() const { return path_; }
    void release() { path_.clear(); }

private:
    std::filesystem::path path_;
};

/// One encoded record, checked before anything touches the disk.
struct Record {
    pcap_pkthdr header{};
    tcp::Bytes bytes;
};

std::optional<std::string> encode_records(std::span<const CapturedPacket> packets, std::vector<Record>& out)
{
    out.reserve(packets.size());
    for (std::size_t i = 0; i < packets.size(); ++i) {
        const auto micros = packets[i].at.count();
        const auto packet_name = "packet " + std::to_string(i + 1);
        if (micros < 0) return packet_name + " has a negative timestamp (" + std::to_string(micros) + " us)";
        // PC-3: the record header holds 32-bit seconds.
        if (micros / kMicrosPerSecond > std::int64_t{std::numeric_limits<std::uint32_t>::max()}) {
            return packet_name + " has a timestamp past the 32-bit seconds of a pcap record";
        }
        Record record;
        try {
            record.bytes = tcp::encode(packets[i].packet);
        } catch (const std::length_error& e) {
            return packet_name + " cannot be encoded: " + e.what();
        }
        record.header.ts.tv_sec = micros / kMicrosPerSecond; // checked above to fit
        record.header.ts.tv_usec = micros % kMicrosPerSecond;
        // PC-3: never truncated, so captured length == original length.
        record.header.caplen = static_cast<bpf_u_int32>(record.bytes.size());
        record.header.len = record.header.caplen;
        out.push_back(std::move(record));
    }
    return std::nullopt;
}

/// Writes the records to the open descriptor `fd` (which it takes over) with libpcap.
std::optional<std::string> dump_records(int fd, const std::vector<Record>& records)
{
    FILE* file = ::fdopen(fd, "wb");
    if (file == nullptr) {
        const auto reason = errno_text(errno);
        ::close(fd);
        return reason;
    }
    // PC-5: DLT_RAW is 12 on Linux (14 on OpenBSD), but libpcap translates it to
    // LINKTYPE_RAW = 101 in the file header, which is what readers expect; the tests
    // check the header bytes.
    pcap_t* dead = ::pcap_open_dead_with_tstamp_precision(DLT_RAW, static_cast<int>(kPcapSnapLength),
                                                          PCAP_TSTAMP_PRECISION_MICRO);
    if (dead == nullptr) {
        std::fclose(file);
        return std::string("libpcap could not create a raw-IP handle");
    }
    pcap_dumper_t* dumper = ::pcap_dump_fopen(dead, file);
    if (dumper == nullptr) {
        std::string reason = ::pcap_geterr(dead);
        std::fclose(file);
        ::pcap_close(dead);
        return reason;
    }
    for (const auto& record : records) {
        ::pcap_dump(reinterpret_cast<u_char*>(dumper), &record.header, record.bytes.data());
    }
    std::optional<std::string> error;
    // pcap_dump() cannot report errors; the stream's error flag and the flush do.
    errno = 0;
    if (::pcap_dump_flush(dumper) != 0 || std::ferror(file) != 0) {
        error = errno != 0 ? errno_text(errno) : std::string("write error");
    } else if (::fsync(::fileno(file)) != 0) {
        error = errno_text(errno);
    }
    ::pcap_dump_close(dumper); // closes `file`
    ::pcap_close(dead);
    return error;
}

/// The IPv4 packet inside one record, or an empty span if the record holds something else.
std::span<const std::uint8_t> ipv4_payload(int datalink, std::span<const std::uint8_t> frame)
{
    std::span<const std::uint8_t> ip;
    switch (datalink) {
    case DLT_RAW:
    case DLT_IPV4:
        ip = frame;
        break;
    case DLT_EN10MB: {
        if (frame.size() < kEthernetHeader) return {};
        std::size_t header = kEthernetHeader;
        std::uint16_t ether_type = get_u16(frame, 12);
        if (ether_type == kEtherTypeVlan) {
            header += kVlanTag;
            if (frame.size() < header) return {};
            ether_type = get_u16(frame, 16);
        }
        if (ether_type != kEtherTypeIpv4) return {};
        ip = frame.subspan(header);
        break;
    }
    case DLT_LINUX_SLL:
        if (frame.size() < kLinuxCookedHeader || get_u16(frame, 14) != kEtherTypeIpv4) return {};
        ip = frame.subspan(kLinuxCookedHeader);
        break;
    default:
        return {};
    }
    if (ip.empty() || (ip[0] >> 4) != 4) return {}; // IPv6 in a RAW file (PC-5)
    // Ethernet pads frames to 60 bytes: keep only what the IP total length covers.
    if (ip.size() >= 4) {
        const std::size_t total = get_u16(ip, 2);
        if (total >= tcp::kIpv4HeaderSize && total < ip.size()) ip = ip.first(total);
    }
    return ip;
}

} // namespace

std::optional<std::string> write_pcap(const std::filesystem::path& path,
                                      std::span<const CapturedPacket> packets)
{
    const auto fail = [&](const std::string& reason) {
        return std::optional<std::string>("cannot write pcap file " + quoted(path) + ": " + reason);
    };
    std::vector<Record> records;
    if (auto error = encode_records(packets, records)) return fail(*error);

    TempFile temp;
    std::string reason;
    const int fd = temp.create(path, reason);
    if (fd < 0) return fail(reason);
    if (auto error = dump_records(fd, records)) return fail(*error);
    // rename() replaces `path` in one step: readers see the old file or the new one, never
    // a part of it.
    if (::rename(temp.path().c_str(), path.c_str()) != 0) return fail(errno_text(errno));
    temp.release();
    return std::nullopt;
}

PcapReadResult read_pcap(const std::filesystem::path& path)
{
    PcapReadResult result;
    const auto fail = [&](const std::string& reason) {
        result.error = "cannot read pcap file " + quoted(path) + ": " + reason;
        return result;
    };
    std::array<char, PCAP_ERRBUF_SIZE> errbuf{};
    pcap_t* handle =
        ::pcap_open_offline_with_tstamp_precision(path.c_str(), PCAP_TSTAMP_PRECISION_MICRO, errbuf.data());
    if (handle == nullptr) return fail(errbuf.data());
    const int datalink = ::pcap_datalink(handle);
    if (const char* name = ::pcap_datalink_val_to_name(datalink)) result.link_type = name;
    if (datalink != DLT_RAW && datalink != DLT_IPV4 && datalink != DLT_EN10MB && datalink != DLT_LINUX_SLL) {
        ::pcap_close(handle);
        return fail("link type " + (result.link_type.empty() ? std::to_string(datalink) : result.link_type) +
                    " is not supported (expected RAW, IPV4, EN10MB or LINUX_SLL)");
    }

    std::optional<std::string> error;
    for (std::size_t number = 1;; ++number) {
        pcap_pkthdr* header = nullptr;
        const u_char* data = nullptr;
        const int status = ::pcap_next_ex(handle, &header, &data);
        if (status == PCAP_ERROR_BREAK) break; // end of file
        if (status != 1) {
            error = ::pcap_geterr(handle);
            break;
        }
        const auto where = "record " + std::to_string(number);
        if (header->caplen < header->len) {
            error = where + " is truncated: " + std::to_string(header->caplen) + " of " +
                    std::to_string(header->len) + " bytes captured";
            break;
        }
        const auto ip = ipv4_payload(datalink, std::span<const std::uint8_t>(data, header->caplen));
        if (ip.size() < tcp::kIpv4HeaderSize || ip[9] != kProtocolTcp) {
            ++result.skipped;
            continue;
        }
        auto decoded = tcp::decode(ip);
        if (!decoded) {
            error = where + ": " + decoded.error->message;
            break;
        }
        const auto micros = std::int64_t{header->ts.tv_sec} * kMicrosPerSecond + header->ts.tv_usec;
        result.packets.push_back(CapturedPacket{Time(micros), std::move(*decoded.packet)});
    }
    ::pcap_close(handle);
    if (error) return fail(*error);
    return result;
}

} // namespace ackademy::trace
