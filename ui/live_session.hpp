#pragma once
// The adapter between a live session (core/net's LiveBridge, talking TCP with this computer's
// kernel over a TUN device) and a Document: it owns the bridge and its I/O thread, hands
// copies of the growing Timeline to the GUI thread and ends the session cleanly.
//
// The bridge's callbacks run on its I/O thread. They copy the Timeline and post it with
// QMetaObject::invokeMethod(this, lambda, Qt::QueuedConnection); only the GUI thread touches
// the Document. Updates are coalesced: while one is queued, later steps replace its copy, so
// a busy connection never floods the event queue (qt-debian12.md, "Boost.Asio with Qt").
//
// No Asio here (trap 1), and not even core/net/live_bridge.hpp: it reaches core/tcp's
// Connection, whose emit() clashes with Qt's `emit` macro. The bridge lives behind a pimpl.

#include "core/net/tun_device.hpp"
#include "core/sim/segment_match.hpp"
#include "core/tcp/time.hpp"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace ackademy::ui {

class Document;

/// What the live session dialog asks for: the TUN device and its addresses, and the session
/// (net::LiveConfig's fields that the GUI offers; live_session.cpp converts).
struct LiveSessionSettings {
    net::TunConfig tun;                   ///< the device, the kernel's address (B) and ours (A), the prefix
    bool listen = false;                  ///< false: our host connects to peer_port; true: it listens
    std::uint16_t local_port = 0;         ///< our host's port
    std::uint16_t peer_port = 0;          ///< the kernel's port (connect only)
    std::string profile = "linux";        ///< our host's TCP profile
    std::uint64_t seed = 1;               ///< our ISN and random loss
    std::optional<std::string> send;      ///< sent once the connection is established
    std::optional<Duration> close_after;  ///< close this long after it was established
    std::vector<sim::SegmentMatch> drops; ///< A = our host, B = the kernel
    Duration linger{std::chrono::milliseconds(300)}; ///< see net::LiveConfig::linger
    std::optional<Duration> timeout;                 ///< see net::LiveConfig::timeout
};

/// True if this process may create a TUN device (CAP_NET_ADMIN in its effective set).
bool hasNetAdminCapability();

class LiveSession : public QObject {
    Q_OBJECT
public:
    explicit LiveSession(Document* document, QObject* parent = nullptr);
    ~LiveSession() override; ///< stops the session: the TUN device is gone afterwards

    /// Opens the TUN device, fills the document with an empty recording and starts the
    /// bridge on its own I/O thread. On failure returns false, sets `error` to one sentence
    /// (without CAP_NET_ADMIN: what to do about it) and leaves the document as it was.
    bool start(const LiveSessionSettings& settings, QString* error = nullptr);
    /// Ends a running session and waits for its I/O thread: the bridge stops, its thread is
    /// joined, and only then is it destroyed (which closes and so removes the TUN device).
    /// The document keeps the recording. Does nothing when no session runs.
    void stop();
    /// Sends text, or closes, on our host's connection (thread-safe on the bridge's side).
    void send(const QString& text);
    void closeConnection();
    /// Aborts our host's connection (RST, RFC 9293 §3.10.5); thread-safe on the bridge's side.
    void abortConnection();

    bool isRunning() const;
    /// The TUN interface of the running (or last) session.
    QString deviceName() const;

    /// "Ackademy (Host A)" and "This computer (Linux kernel)": the lifelines' titles.
    static QString ourTitle();
    static QString kernelTitle();
    /// The missing-capability explanation (the CLI's, naming this program).
    static QString permissionHint();

signals:
    /// The recording grew (after the document was updated).
    void updated();
    /// Something the user should know that is not a segment (the bridge's notices).
    void notice(const QString& text);
    /// The session ended: `why` is one sentence. The document holds the whole recording.
    void finished(const QString& why);
    void runningChanged(bool running);

private:
    struct Impl;
    void deliver();
    void end(int why);

    Document* document_;
    std::unique_ptr<Impl> impl_;
    QString deviceName_;
};

} // namespace ackademy::ui
