#include "InstanceDetailsLoader.h"

#include "api/KnownProducts.h"
#include "api/PortalClient.h"

InstanceDetailsLoader::InstanceDetailsLoader(PortalClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

void InstanceDetailsLoader::show(const ProductInstance &instance)
{
    clear();
    m_instance = instance;
    // All three need the product number; without one the list's fields are all there is.
    if (instance.hasProductNo()) {
        start(Part::Details);
        if (KnownProducts::hasActivationCode(instance.productId))
            start(Part::ActivationCode);
        if (KnownProducts::hasDeviceModel(instance.productId))
            start(Part::DeviceModel);
    }
    emit changed();
}

void InstanceDetailsLoader::clear()
{
    for (QPointer<QObject> &request : m_requests)
        delete request; // drops the answer and aborts the request
    m_instance.reset();
    m_details.reset();
    m_activationCode.reset();
    m_deviceModel.reset();
    m_states.fill(State::NotApplicable);
    m_errors.fill(ApiError());
    emit changed();
}

void InstanceDetailsLoader::retry(Part part)
{
    if (!m_instance || state(part) != State::Failed)
        return;
    start(part);
    emit changed();
}

QJsonObject InstanceDetailsLoader::fields() const
{
    QJsonObject fields = m_instance ? m_instance->raw : QJsonObject();
    if (m_details) {
        for (auto it = m_details->raw.constBegin(); it != m_details->raw.constEnd(); ++it)
            fields.insert(it.key(), it.value());
    }
    return fields;
}

void InstanceDetailsLoader::start(Part part)
{
    const size_t slot = size_t(part);
    delete m_requests.at(slot);
    auto *context = new QObject(this);
    m_requests[slot] = context;
    m_states[slot] = State::Loading;
    m_errors[slot] = ApiError();
    const ProductInstance &instance = *m_instance;
    switch (part) {
    case Part::Details:
        m_client->fetchInstanceDetails(instance.productId, instance.productNo, context,
                                       [this](const ApiResult<ProductInstance> &result) {
            if (result.ok())
                m_details = result.value;
            finish(Part::Details, result.error);
        });
        break;
    case Part::ActivationCode:
        m_client->fetchActivationCode(instance.productNo, context, [this](const ApiResult<ActivationCode> &result) {
            if (result.ok())
                m_activationCode = result.value;
            finish(Part::ActivationCode, result.error);
        });
        break;
    case Part::DeviceModel:
        m_client->fetchDeviceModel(instance.productId, instance.productNo, context,
                                   [this](const ApiResult<DeviceModel> &result) {
            if (result.ok())
                m_deviceModel = result.value;
            finish(Part::DeviceModel, result.error);
        });
        break;
    }
}

void InstanceDetailsLoader::finish(Part part, const ApiError &error)
{
    const size_t slot = size_t(part);
    m_requests.at(slot)->deleteLater();
    m_states[slot] = error.isError() ? State::Failed : State::Ready;
    m_errors[slot] = error;
    emit changed();
}
