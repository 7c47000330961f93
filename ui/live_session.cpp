// First, before any Qt header defines `emit` (core/tcp/connection.hpp has an emit()).
// clang-format off
#include "core/net/live_bridge.hpp"
#include "ui/live_session.hpp"
// clang-format on

#include "ui/document.hpp"

#include <QCoreApplication>
#include <QFile>

#include <mutex>
#include <optional>
#include <stdexcept>

namespace ackademy::ui {

namespace {

constexpr int kCapNetAdmin = 12; ///< linux/capability.h: CAP_NET_ADMIN

} // namespace

bool hasNetAdminCapability()
{
    // The effective set of this process, as the kernel checks it for TUNSETIFF.
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text)) return false;
    while (!status.atEnd()) {
        const QByteArray line = status.readLine();
        if (!line.startsWith("CapEff:")) continue;
        bool ok = false;
        const qulonglong caps = line.mid(7).trimmed().toULongLong(&ok, 16);
        return ok && (caps & (1ULL << kCapNetAdmin)) != 0;
    }
    return false;
}

struct LiveSession::Impl {
    std::unique_ptr<net::LiveBridge> bridge;
    /// Counts sessions: what an earlier session queued is ignored once a later one began.
    int generation = 0;

    // Shared with the I/O thread.
    std::mutex mutex;
    std::optional<sim::Timeline> pending; ///< the latest copy not yet handed to the document
    bool posted = false;                  ///< a deliver() is queued and will take `pending`
};

LiveSession::LiveSession(Document* document, QObject* parent)
    : QObject(parent), document_(document), impl_(std::make_unique<Impl>())
{}

LiveSession::~LiveSession()
{
    // Quietly: the window may be half destroyed. Stop, join, destroy the bridge (closing the
    // TUN device removes it); only then are we, the callbacks' receiver, destroyed.
    ++impl_->generation;
    if (impl_->bridge) {
        impl_->bridge->stop();
        impl_->bridge->wait();
        impl_->bridge.reset();
    }
}

QString LiveSession::ourTitle()
{
    return tr("Ackademy (Host A)");
}

QString LiveSession::kernelTitle()
{
    return tr("This computer (Linux kernel)");
}

QString LiveSession::permissionHint()
{
    return tr("Live mode needs CAP_NET_ADMIN to create a TUN device: run Ackademy as root, or: "
              "sudo setcap cap_net_admin+ep %1")
        .arg(QCoreApplication::applicationFilePath());
}

bool LiveSession::isRunning() const
{
    return impl_->bridge != nullptr;
}

QString LiveSession::deviceName() const
{
    return deviceName_;
}

bool LiveSession::start(const LiveSessionSettings& settings, QString* error)
{
    stop();
    auto fail = [error](const QString& text) {
        if (error != nullptr) *error = text;
        return false;
    };

    std::optional<net::TunDevice> device;
    try {
        device.emplace(net::TunDevice::open(settings.tun));
    } catch (const net::TunError& e) {
        if (e.kind() == net::TunErrorKind::PermissionDenied) return fail(permissionHint());
        return fail(QString::fromStdString(e.what()));
    }

    Impl* impl = impl_.get();
    const int generation = ++impl->generation;
    {
        std::lock_guard lock(impl->mutex);
        impl->pending.reset();
        impl->posted = false;
    }

    // The callbacks run on the bridge's I/O thread: copy, then post to this (GUI) thread.
    // `this` outlives every post: stop() and the destructor join the thread first.
    net::LiveCallbacks callbacks;
    callbacks.step = [this, impl, generation](const sim::Timeline& t) {
        {
            std::lock_guard lock(impl->mutex);
            impl->pending = t;
            if (impl->posted) return; // the queued deliver() will take this newer copy
            impl->posted = true;
        }
        QMetaObject::invokeMethod(
            this,
            [this, generation] {
                if (generation == impl_->generation) deliver();
            },
            Qt::QueuedConnection);
    };
    callbacks.notice = [this, generation](const std::string& text) {
        QMetaObject::invokeMethod(
            this,
            [this, generation, text = QString::fromStdString(text)] {
                if (generation == impl_->generation) Q_EMIT notice(text);
            },
            Qt::QueuedConnection);
    };
    callbacks.finished = [this, impl, generation](const sim::Timeline& t, net::LiveEnd why) {
        {
            std::lock_guard lock(impl->mutex);
            impl->pending = t; // with the final states and end time
        }
        QMetaObject::invokeMethod(
            this,
            [this, generation, why] {
                if (generation == impl_->generation) end(static_cast<int>(why));
            },
            Qt::QueuedConnection);
    };

    const net::TunConfig& tun = settings.tun;
    net::LiveConfig live;
    live.role = settings.listen ? net::LiveRole::Listen : net::LiveRole::Connect;
    live.local_port = settings.local_port;
    live.peer_port = settings.listen ? std::uint16_t{0} : settings.peer_port;
    live.profile = settings.profile;
    live.seed = settings.seed;
    live.send = settings.send;
    live.close_after = settings.close_after;
    live.drops = settings.drops;
    live.linger = settings.linger;
    live.timeout = settings.timeout;
    sim::Scenario description;
    description.name = "live";
    description.title = tr("Live session with this computer").toStdString();
    description.profile = live.profile;
    description.seed = live.seed;
    description.a = {tun.host_address, live.local_port, std::nullopt};
    description.b = {tun.kernel_address, live.peer_port, std::nullopt};
    description.drops = live.drops;

    try {
        impl->bridge = std::make_unique<net::LiveBridge>(std::move(*device), live, std::move(callbacks));
    } catch (const std::exception& e) { // an unknown profile; the device is closed again
        return fail(QString::fromStdString(e.what()));
    }
    deviceName_ = QString::fromStdString(tun.name);
    // The bridge's empty recording (profile, addresses, ports) is the document's first one;
    // its I/O thread has not started, so reading it here is safe.
    document_->beginRecording(std::move(description), impl->bridge->timeline(), ourTitle(), kernelTitle(),
                              sim::HostId::B);
    impl->bridge->start();
    Q_EMIT runningChanged(true);
    return true;
}

void LiveSession::stop()
{
    if (!impl_->bridge) return;
    // Stop the session, join its I/O thread, and only then destroy the bridge. The queued
    // "finished" of this session then finds a newer generation and is ignored; its
    // recording is handed over here instead.
    impl_->bridge->stop();
    const net::LiveEnd why = impl_->bridge->wait();
    end(static_cast<int>(why));
}

void LiveSession::send(const QString& text)
{
    if (impl_->bridge) impl_->bridge->send(text.toStdString());
}

void LiveSession::closeConnection()
{
    if (impl_->bridge) impl_->bridge->close();
}

void LiveSession::abortConnection()
{
    if (impl_->bridge) impl_->bridge->abort();
}

void LiveSession::deliver()
{
    std::optional<sim::Timeline> latest;
    {
        std::lock_guard lock(impl_->mutex);
        latest.swap(impl_->pending);
        impl_->posted = false;
    }
    if (!latest) return;
    document_->updateRecording(std::move(*latest));
    Q_EMIT updated();
}

void LiveSession::end(int why)
{
    if (!impl_->bridge) return;
    ++impl_->generation;   // anything still queued by this session is stale now
    impl_->bridge->wait(); // the I/O thread has finished; join it
    impl_->bridge.reset(); // the TUN device is already closed
    deliver();
    document_->endRecording();
    QString text;
    switch (static_cast<net::LiveEnd>(why)) {
    case net::LiveEnd::Finished:
        text = tr("The live session is over: the connection is closed and %1 is gone.").arg(deviceName_);
        break;
    case net::LiveEnd::TimedOut:
        text = tr("The live session timed out; %1 is gone.").arg(deviceName_);
        break;
    case net::LiveEnd::Stopped:
    case net::LiveEnd::Running:
        text = tr("The live session was stopped; %1 is gone.").arg(deviceName_);
        break;
    case net::LiveEnd::Failed:
        text = tr("The live session failed (see the message before this one); %1 is gone.").arg(deviceName_);
        break;
    }
    Q_EMIT runningChanged(false);
    Q_EMIT finished(text);
}

} // namespace ackademy::ui
