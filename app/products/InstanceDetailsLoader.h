#pragma once

#include "api/ApiError.h"
#include "api/DeviceInfo.h"
#include "api/ProductInstance.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <array>
#include <optional>

class PortalClient;

// The purchased product selected in the overview, in full: its details and, where
// they apply, the activation code of a P-Series Software Edition and a device's
// model. Each part loads, fails and is retried on its own; the answers for a
// product the user has already left are dropped (and their requests aborted).
class InstanceDetailsLoader : public QObject
{
    Q_OBJECT

public:
    enum class Part { Details,
                      ActivationCode,
                      DeviceModel };
    Q_ENUM(Part)
    enum class State {
        NotApplicable, // the product has none, or no product is selected
        Loading,
        Ready,
        Failed,
    };
    Q_ENUM(State)

    explicit InstanceDetailsLoader(PortalClient *client, QObject *parent = nullptr);

    void show(const ProductInstance &instance);
    void clear();
    void retry(Part part);

    const std::optional<ProductInstance> &instance() const { return m_instance; }
    State state(Part part) const { return m_states.at(size_t(part)); }
    const ApiError &error(Part part) const { return m_errors.at(size_t(part)); }
    // Every field the list gave, overlaid with every field the details gave.
    QJsonObject fields() const;
    // The portal answered the details request with no fields at all.
    bool detailsWereEmpty() const { return m_details && m_details->raw.isEmpty(); }
    const std::optional<ActivationCode> &activationCode() const { return m_activationCode; }
    const std::optional<DeviceModel> &deviceModel() const { return m_deviceModel; }

signals:
    void changed();

private:
    void start(Part part);
    void finish(Part part, const ApiError &error);

    PortalClient *m_client;
    std::optional<ProductInstance> m_instance;
    std::optional<ProductInstance> m_details;
    std::optional<ActivationCode> m_activationCode;
    std::optional<DeviceModel> m_deviceModel;
    std::array<State, 3> m_states{State::NotApplicable, State::NotApplicable, State::NotApplicable};
    std::array<ApiError, 3> m_errors;
    std::array<QPointer<QObject>, 3> m_requests; // each part's request context
};
