import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 *
 *
 * @schema Kafka
 */
export declare class Kafka extends ApiObject {
    /**
     * Returns the apiVersion and kind for "Kafka"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "Kafka".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: KafkaProps): any;
    /**
     * Defines a "Kafka" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: KafkaProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * @schema Kafka
 */
export interface KafkaProps {
    /**
     * @schema Kafka#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * The specification of the Kafka cluster.
     *
     * @schema Kafka#spec
     */
    readonly spec: KafkaSpec;
}
/**
 * Converts an object of type 'KafkaProps' to JSON representation.
 */
export declare function toJson_KafkaProps(obj: KafkaProps | undefined): Record<string, any> | undefined;
/**
 * The specification of the Kafka cluster.
 *
 * @schema KafkaSpec
 */
export interface KafkaSpec {
    /**
     * Configuration of the Kafka cluster.
     *
     * @schema KafkaSpec#kafka
     */
    readonly kafka: KafkaSpecKafka;
    /**
     * Configuration of the Entity Operator.
     *
     * @schema KafkaSpec#entityOperator
     */
    readonly entityOperator?: KafkaSpecEntityOperator;
    /**
     * Configuration of the cluster certificate authority.
     *
     * @schema KafkaSpec#clusterCa
     */
    readonly clusterCa?: KafkaSpecClusterCa;
    /**
     * Configuration of the clients certificate authority.
     *
     * @schema KafkaSpec#clientsCa
     */
    readonly clientsCa?: KafkaSpecClientsCa;
    /**
     * Configuration for Cruise Control deployment. Deploys a Cruise Control instance when specified.
     *
     * @schema KafkaSpec#cruiseControl
     */
    readonly cruiseControl?: KafkaSpecCruiseControl;
    /**
     * Configuration of the Kafka Exporter. Kafka Exporter can provide additional metrics, for example lag of consumer group at topic/partition.
     *
     * @schema KafkaSpec#kafkaExporter
     */
    readonly kafkaExporter?: KafkaSpecKafkaExporter;
    /**
     * A list of time windows for maintenance tasks (that is, certificates renewal). Each time window is defined by a cron expression.
     *
     * @schema KafkaSpec#maintenanceTimeWindows
     */
    readonly maintenanceTimeWindows?: string[];
}
/**
 * Converts an object of type 'KafkaSpec' to JSON representation.
 */
export declare function toJson_KafkaSpec(obj: KafkaSpec | undefined): Record<string, any> | undefined;
/**
 * Configuration of the Kafka cluster.
 *
 * @schema KafkaSpecKafka
 */
export interface KafkaSpecKafka {
    /**
     * The Kafka broker version. Defaults to the latest version. Consult the user documentation to understand the process required to upgrade or downgrade the version.
     *
     * @default the latest version. Consult the user documentation to understand the process required to upgrade or downgrade the version.
     * @schema KafkaSpecKafka#version
     */
    readonly version?: string;
    /**
     * The KRaft metadata version used by the Kafka cluster. This property is ignored when running in ZooKeeper mode. If the property is not set, it defaults to the metadata version that corresponds to the `version` property.
     *
     * @schema KafkaSpecKafka#metadataVersion
     */
    readonly metadataVersion?: string;
    /**
     * The container image used for Kafka pods. If the property is not set, the default Kafka image version is determined based on the `version` configuration. The image names are specifically mapped to corresponding versions in the Cluster Operator configuration. Changing the Kafka image version does not automatically update the image versions for other components, such as Kafka Exporter.
     *
     * @schema KafkaSpecKafka#image
     */
    readonly image?: string;
    /**
     * Configures listeners to provide access to Kafka brokers.
     *
     * @schema KafkaSpecKafka#listeners
     */
    readonly listeners: KafkaSpecKafkaListeners[];
    /**
     * Kafka broker config properties with certain prefixes cannot be set unless it is in the exception list. Consult the documentation for the list of forbidden prefixes and exceptions.
     *
     * @schema KafkaSpecKafka#config
     */
    readonly config?: any;
    /**
     * Authorization configuration for Kafka brokers.
     *
     * @schema KafkaSpecKafka#authorization
     */
    readonly authorization?: KafkaSpecKafkaAuthorization;
    /**
     * Configuration of the `broker.rack` broker config.
     *
     * @schema KafkaSpecKafka#rack
     */
    readonly rack?: KafkaSpecKafkaRack;
    /**
     * The image of the init container used for initializing the `broker.rack`.
     *
     * @schema KafkaSpecKafka#brokerRackInitImage
     */
    readonly brokerRackInitImage?: string;
    /**
     * Pod liveness checking.
     *
     * @schema KafkaSpecKafka#livenessProbe
     */
    readonly livenessProbe?: KafkaSpecKafkaLivenessProbe;
    /**
     * Pod readiness checking.
     *
     * @schema KafkaSpecKafka#readinessProbe
     */
    readonly readinessProbe?: KafkaSpecKafkaReadinessProbe;
    /**
     * JVM Options for pods.
     *
     * @schema KafkaSpecKafka#jvmOptions
     */
    readonly jvmOptions?: KafkaSpecKafkaJvmOptions;
    /**
     * JMX Options for Kafka brokers.
     *
     * @schema KafkaSpecKafka#jmxOptions
     */
    readonly jmxOptions?: KafkaSpecKafkaJmxOptions;
    /**
     * Metrics configuration.
     *
     * @schema KafkaSpecKafka#metricsConfig
     */
    readonly metricsConfig?: KafkaSpecKafkaMetricsConfig;
    /**
     * Logging configuration for Kafka.
     *
     * @schema KafkaSpecKafka#logging
     */
    readonly logging?: KafkaSpecKafkaLogging;
    /**
     * Template for Kafka cluster resources. The template allows users to specify how the Kubernetes resources are generated.
     *
     * @schema KafkaSpecKafka#template
     */
    readonly template?: KafkaSpecKafkaTemplate;
    /**
     * Configure the tiered storage feature for Kafka brokers.
     *
     * @schema KafkaSpecKafka#tieredStorage
     */
    readonly tieredStorage?: KafkaSpecKafkaTieredStorage;
    /**
     * Quotas plugin configuration for Kafka brokers allows setting quotas for disk usage, produce/fetch rates, and more. Supported plugin types include `kafka` (default) and `strimzi`. If not specified, the default `kafka` quotas plugin is used.
     *
     * @schema KafkaSpecKafka#quotas
     */
    readonly quotas?: KafkaSpecKafkaQuotas;
}
/**
 * Converts an object of type 'KafkaSpecKafka' to JSON representation.
 */
export declare function toJson_KafkaSpecKafka(obj: KafkaSpecKafka | undefined): Record<string, any> | undefined;
/**
 * Configuration of the Entity Operator.
 *
 * @schema KafkaSpecEntityOperator
 */
export interface KafkaSpecEntityOperator {
    /**
     * Configuration of the Topic Operator.
     *
     * @schema KafkaSpecEntityOperator#topicOperator
     */
    readonly topicOperator?: KafkaSpecEntityOperatorTopicOperator;
    /**
     * Configuration of the User Operator.
     *
     * @schema KafkaSpecEntityOperator#userOperator
     */
    readonly userOperator?: KafkaSpecEntityOperatorUserOperator;
    /**
     * Template for Entity Operator resources. The template allows users to specify how a `Deployment` and `Pod` is generated.
     *
     * @schema KafkaSpecEntityOperator#template
     */
    readonly template?: KafkaSpecEntityOperatorTemplate;
}
/**
 * Converts an object of type 'KafkaSpecEntityOperator' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperator(obj: KafkaSpecEntityOperator | undefined): Record<string, any> | undefined;
/**
 * Configuration of the cluster certificate authority.
 *
 * @schema KafkaSpecClusterCa
 */
export interface KafkaSpecClusterCa {
    /**
     * If true then Certificate Authority certificates will be generated automatically. Otherwise the user will need to provide a Secret with the CA certificate. Default is true.
     *
     * @default true.
     * @schema KafkaSpecClusterCa#generateCertificateAuthority
     */
    readonly generateCertificateAuthority?: boolean;
    /**
     * If `true`, the Cluster and Client CA Secrets are configured with the `ownerReference` set to the `Kafka` resource. If the `Kafka` resource is deleted when `true`, the CA Secrets are also deleted. If `false`, the `ownerReference` is disabled. If the `Kafka` resource is deleted when `false`, the CA Secrets are retained and available for reuse. Default is `true`.
     *
     * @default true`.
     * @schema KafkaSpecClusterCa#generateSecretOwnerReference
     */
    readonly generateSecretOwnerReference?: boolean;
    /**
     * The number of days generated certificates should be valid for. The default is 365.
     *
     * @schema KafkaSpecClusterCa#validityDays
     */
    readonly validityDays?: number;
    /**
     * The number of days in the certificate renewal period. This is the number of days before the a certificate expires during which renewal actions may be performed. When `generateCertificateAuthority` is true, this will cause the generation of a new certificate. When `generateCertificateAuthority` is true, this will cause extra logging at WARN level about the pending certificate expiry. Default is 30.
     *
     * @default 30.
     * @schema KafkaSpecClusterCa#renewalDays
     */
    readonly renewalDays?: number;
    /**
     * How should CA certificate expiration be handled when `generateCertificateAuthority=true`. The default is for a new CA certificate to be generated reusing the existing private key.
     *
     * @schema KafkaSpecClusterCa#certificateExpirationPolicy
     */
    readonly certificateExpirationPolicy?: KafkaSpecClusterCaCertificateExpirationPolicy;
}
/**
 * Converts an object of type 'KafkaSpecClusterCa' to JSON representation.
 */
export declare function toJson_KafkaSpecClusterCa(obj: KafkaSpecClusterCa | undefined): Record<string, any> | undefined;
/**
 * Configuration of the clients certificate authority.
 *
 * @schema KafkaSpecClientsCa
 */
export interface KafkaSpecClientsCa {
    /**
     * If true then Certificate Authority certificates will be generated automatically. Otherwise the user will need to provide a Secret with the CA certificate. Default is true.
     *
     * @default true.
     * @schema KafkaSpecClientsCa#generateCertificateAuthority
     */
    readonly generateCertificateAuthority?: boolean;
    /**
     * If `true`, the Cluster and Client CA Secrets are configured with the `ownerReference` set to the `Kafka` resource. If the `Kafka` resource is deleted when `true`, the CA Secrets are also deleted. If `false`, the `ownerReference` is disabled. If the `Kafka` resource is deleted when `false`, the CA Secrets are retained and available for reuse. Default is `true`.
     *
     * @default true`.
     * @schema KafkaSpecClientsCa#generateSecretOwnerReference
     */
    readonly generateSecretOwnerReference?: boolean;
    /**
     * The number of days generated certificates should be valid for. The default is 365.
     *
     * @schema KafkaSpecClientsCa#validityDays
     */
    readonly validityDays?: number;
    /**
     * The number of days in the certificate renewal period. This is the number of days before the a certificate expires during which renewal actions may be performed. When `generateCertificateAuthority` is true, this will cause the generation of a new certificate. When `generateCertificateAuthority` is true, this will cause extra logging at WARN level about the pending certificate expiry. Default is 30.
     *
     * @default 30.
     * @schema KafkaSpecClientsCa#renewalDays
     */
    readonly renewalDays?: number;
    /**
     * How should CA certificate expiration be handled when `generateCertificateAuthority=true`. The default is for a new CA certificate to be generated reusing the existing private key.
     *
     * @schema KafkaSpecClientsCa#certificateExpirationPolicy
     */
    readonly certificateExpirationPolicy?: KafkaSpecClientsCaCertificateExpirationPolicy;
}
/**
 * Converts an object of type 'KafkaSpecClientsCa' to JSON representation.
 */
export declare function toJson_KafkaSpecClientsCa(obj: KafkaSpecClientsCa | undefined): Record<string, any> | undefined;
/**
 * Configuration for Cruise Control deployment. Deploys a Cruise Control instance when specified.
 *
 * @schema KafkaSpecCruiseControl
 */
export interface KafkaSpecCruiseControl {
    /**
     * The container image used for Cruise Control pods. If no image name is explicitly specified, the image name corresponds to the name specified in the Cluster Operator configuration. If an image name is not defined in the Cluster Operator configuration, a default value is used.
     *
     * @schema KafkaSpecCruiseControl#image
     */
    readonly image?: string;
    /**
     * CPU and memory resources to reserve for the Cruise Control container.
     *
     * @schema KafkaSpecCruiseControl#resources
     */
    readonly resources?: KafkaSpecCruiseControlResources;
    /**
     * Pod liveness checking for the Cruise Control container.
     *
     * @schema KafkaSpecCruiseControl#livenessProbe
     */
    readonly livenessProbe?: KafkaSpecCruiseControlLivenessProbe;
    /**
     * Pod readiness checking for the Cruise Control container.
     *
     * @schema KafkaSpecCruiseControl#readinessProbe
     */
    readonly readinessProbe?: KafkaSpecCruiseControlReadinessProbe;
    /**
     * JVM Options for the Cruise Control container.
     *
     * @schema KafkaSpecCruiseControl#jvmOptions
     */
    readonly jvmOptions?: KafkaSpecCruiseControlJvmOptions;
    /**
     * Logging configuration (Log4j 2) for Cruise Control.
     *
     * @schema KafkaSpecCruiseControl#logging
     */
    readonly logging?: KafkaSpecCruiseControlLogging;
    /**
     * Template to specify how Cruise Control resources, `Deployments` and `Pods`, are generated.
     *
     * @schema KafkaSpecCruiseControl#template
     */
    readonly template?: KafkaSpecCruiseControlTemplate;
    /**
     * The Cruise Control `brokerCapacity` configuration.
     *
     * @schema KafkaSpecCruiseControl#brokerCapacity
     */
    readonly brokerCapacity?: KafkaSpecCruiseControlBrokerCapacity;
    /**
     * The Cruise Control configuration. For a full list of configuration options refer to https://github.com/linkedin/cruise-control/wiki/Configurations. Note that properties with the following prefixes cannot be set: bootstrap.servers, client.id, zookeeper., network., security., failed.brokers.zk.path,webserver.http., webserver.api.urlprefix, webserver.session.path, webserver.accesslog., two.step., request.reason.required,metric.reporter.sampler.bootstrap.servers, capacity.config.file, self.healing., ssl., kafka.broker.failure.detection.enable, topic.config.provider.class (with the exception of: ssl.cipher.suites, ssl.protocol, ssl.enabled.protocols, webserver.http.cors.enabled, webserver.http.cors.origin, webserver.http.cors.exposeheaders, webserver.security.enable, webserver.ssl.enable).
     *
     * @schema KafkaSpecCruiseControl#config
     */
    readonly config?: any;
    /**
     * Metrics configuration. Only `jmxPrometheusExporter` can be configured, as this component does not support `strimziMetricsReporter`.
     *
     * @schema KafkaSpecCruiseControl#metricsConfig
     */
    readonly metricsConfig?: KafkaSpecCruiseControlMetricsConfig;
    /**
     * Configuration of the Cruise Control REST API users.
     *
     * @schema KafkaSpecCruiseControl#apiUsers
     */
    readonly apiUsers?: KafkaSpecCruiseControlApiUsers;
    /**
     * Auto-rebalancing on scaling related configuration listing the modes, when brokers are added or removed, with the corresponding rebalance template configurations.If this field is set, at least one mode has to be defined.
     *
     * @schema KafkaSpecCruiseControl#autoRebalance
     */
    readonly autoRebalance?: KafkaSpecCruiseControlAutoRebalance[];
}
/**
 * Converts an object of type 'KafkaSpecCruiseControl' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControl(obj: KafkaSpecCruiseControl | undefined): Record<string, any> | undefined;
/**
 * Configuration of the Kafka Exporter. Kafka Exporter can provide additional metrics, for example lag of consumer group at topic/partition.
 *
 * @schema KafkaSpecKafkaExporter
 */
export interface KafkaSpecKafkaExporter {
    /**
     * The container image used for the Kafka Exporter pods. If no image name is explicitly specified, the image name corresponds to the version specified in the Cluster Operator configuration. If an image name is not defined in the Cluster Operator configuration, a default value is used.
     *
     * @schema KafkaSpecKafkaExporter#image
     */
    readonly image?: string;
    /**
     * Regular expression to specify which consumer groups to collect. Default value is `.*`.
     *
     * @schema KafkaSpecKafkaExporter#groupRegex
     */
    readonly groupRegex?: string;
    /**
     * Regular expression to specify which topics to collect. Default value is `.*`.
     *
     * @schema KafkaSpecKafkaExporter#topicRegex
     */
    readonly topicRegex?: string;
    /**
     * Regular expression to specify which consumer groups to exclude.
     *
     * @schema KafkaSpecKafkaExporter#groupExcludeRegex
     */
    readonly groupExcludeRegex?: string;
    /**
     * Regular expression to specify which topics to exclude.
     *
     * @schema KafkaSpecKafkaExporter#topicExcludeRegex
     */
    readonly topicExcludeRegex?: string;
    /**
     * CPU and memory resources to reserve.
     *
     * @schema KafkaSpecKafkaExporter#resources
     */
    readonly resources?: KafkaSpecKafkaExporterResources;
    /**
     * Only log messages with the given severity or above. Valid levels: [`info`, `debug`, `trace`]. Default log level is `info`.
     *
     * @schema KafkaSpecKafkaExporter#logging
     */
    readonly logging?: string;
    /**
     * Pod liveness check.
     *
     * @schema KafkaSpecKafkaExporter#livenessProbe
     */
    readonly livenessProbe?: KafkaSpecKafkaExporterLivenessProbe;
    /**
     * Pod readiness check.
     *
     * @schema KafkaSpecKafkaExporter#readinessProbe
     */
    readonly readinessProbe?: KafkaSpecKafkaExporterReadinessProbe;
    /**
     * Enable Sarama logging, a Go client library used by the Kafka Exporter.
     *
     * @schema KafkaSpecKafkaExporter#enableSaramaLogging
     */
    readonly enableSaramaLogging?: boolean;
    /**
     * Whether show the offset/lag for all consumer group, otherwise, only show connected consumer groups.
     *
     * @schema KafkaSpecKafkaExporter#showAllOffsets
     */
    readonly showAllOffsets?: boolean;
    /**
     * Customization of deployment templates and pods.
     *
     * @schema KafkaSpecKafkaExporter#template
     */
    readonly template?: KafkaSpecKafkaExporterTemplate;
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporter' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporter(obj: KafkaSpecKafkaExporter | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaListeners
 */
export interface KafkaSpecKafkaListeners {
    /**
     * Name of the listener. The name will be used to identify the listener and the related Kubernetes objects. The name has to be unique within given a Kafka cluster. The name can consist of lowercase characters and numbers and be up to 11 characters long.
     *
     * @schema KafkaSpecKafkaListeners#name
     */
    readonly name: string;
    /**
     * Port number used by the listener inside Kafka. The port number has to be unique within a given Kafka cluster. Allowed port numbers are 9092 and higher with the exception of ports 9404 and 9999, which are already used for Prometheus and JMX. Depending on the listener type, the port number might not be the same as the port number that connects Kafka clients.
     *
     * @schema KafkaSpecKafkaListeners#port
     */
    readonly port: number;
    /**
     * Type of the listener. The supported types are as follows:
     *
     * * `internal` type exposes Kafka internally only within the Kubernetes cluster.
     * * `route` type uses OpenShift Routes to expose Kafka.
     * * `loadbalancer` type uses LoadBalancer type services to expose Kafka.
     * * `nodeport` type uses NodePort type services to expose Kafka.
     * * `ingress` (deprecated) type uses Kubernetes Nginx Ingress to expose Kafka with TLS passthrough.
     * * `cluster-ip` type uses a per-broker `ClusterIP` service.
     *
     *
     * @schema KafkaSpecKafkaListeners#type
     */
    readonly type: KafkaSpecKafkaListenersType;
    /**
     * Enables TLS encryption on the listener. This is a required property. For `route` and `ingress` type listeners, TLS encryption must be always enabled.
     *
     * @schema KafkaSpecKafkaListeners#tls
     */
    readonly tls: boolean;
    /**
     * Authentication configuration for this listener.
     *
     * @schema KafkaSpecKafkaListeners#authentication
     */
    readonly authentication?: KafkaSpecKafkaListenersAuthentication;
    /**
     * Additional listener configuration.
     *
     * @schema KafkaSpecKafkaListeners#configuration
     */
    readonly configuration?: KafkaSpecKafkaListenersConfiguration;
    /**
     * List of peers which should be able to connect to this listener. Peers in this list are combined using a logical OR operation. If this field is empty or missing, all connections will be allowed for this listener. If this field is present and contains at least one item, the listener only allows the traffic which matches at least one item in this list.
     *
     * @schema KafkaSpecKafkaListeners#networkPolicyPeers
     */
    readonly networkPolicyPeers?: KafkaSpecKafkaListenersNetworkPolicyPeers[];
}
/**
 * Converts an object of type 'KafkaSpecKafkaListeners' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaListeners(obj: KafkaSpecKafkaListeners | undefined): Record<string, any> | undefined;
/**
 * Authorization configuration for Kafka brokers.
 *
 * @schema KafkaSpecKafkaAuthorization
 */
export interface KafkaSpecKafkaAuthorization {
    /**
     * Authorization implementation class, which must be available in classpath.
     *
     * @schema KafkaSpecKafkaAuthorization#authorizerClass
     */
    readonly authorizerClass?: string;
    /**
     * List of super users, which are user principals with unlimited access rights.
     *
     * @schema KafkaSpecKafkaAuthorization#superUsers
     */
    readonly superUsers?: string[];
    /**
     * Indicates whether the custom authorizer supports the APIs for managing ACLs using the Kafka Admin API. Defaults to `false`.
     *
     * @default false`.
     * @schema KafkaSpecKafkaAuthorization#supportsAdminApi
     */
    readonly supportsAdminApi?: boolean;
    /**
     * Authorization type. Currently, the supported types are `simple` and `custom`. `simple` authorization type uses Kafka's built-in authorizer for authorization. `custom` authorization type uses user-provided implementation for authorization.
     *
     * @schema KafkaSpecKafkaAuthorization#type
     */
    readonly type: KafkaSpecKafkaAuthorizationType;
}
/**
 * Converts an object of type 'KafkaSpecKafkaAuthorization' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaAuthorization(obj: KafkaSpecKafkaAuthorization | undefined): Record<string, any> | undefined;
/**
 * Configuration of the `broker.rack` broker config.
 *
 * @schema KafkaSpecKafkaRack
 */
export interface KafkaSpecKafkaRack {
    /**
     * The name of the environment variable that defines the rack ID. Its value sets the `broker.rack` configuration for Kafka brokers and the `client.rack` configuration for Kafka Connect or MirrorMaker 2.
     *
     * @schema KafkaSpecKafkaRack#envVarName
     */
    readonly envVarName?: string;
    /**
     * A key that matches labels assigned to the Kubernetes cluster nodes. The value of the label is used to set a broker's `broker.rack` config, and the `client.rack` config for Kafka Connect or MirrorMaker 2.
     *
     * @schema KafkaSpecKafkaRack#topologyKey
     */
    readonly topologyKey?: string;
    /**
     * Specifies the rack awareness type. Supported types are `topology-label` and `environment-variable`. `topology-label` uses a Kubernetes worker node label to set the `broker.rack` configuration for Kafka brokers and the `client.rack` configuration for Kafka Connect and MirrorMaker 2. `environment-variable` uses an environment variable to set the `broker.rack` configuration for Kafka brokers and the `client.rack` configuration for Kafka Connect and MirrorMaker 2. When not specified, `topology-label` type is used by default.
     *
     * @schema KafkaSpecKafkaRack#type
     */
    readonly type?: KafkaSpecKafkaRackType;
}
/**
 * Converts an object of type 'KafkaSpecKafkaRack' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaRack(obj: KafkaSpecKafkaRack | undefined): Record<string, any> | undefined;
/**
 * Pod liveness checking.
 *
 * @schema KafkaSpecKafkaLivenessProbe
 */
export interface KafkaSpecKafkaLivenessProbe {
    /**
     * The initial delay before first the health is first checked. Default to 15 seconds. Minimum value is 0.
     *
     * @default 15 seconds. Minimum value is 0.
     * @schema KafkaSpecKafkaLivenessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * The timeout for each attempted health check. Default to 5 seconds. Minimum value is 1.
     *
     * @default 5 seconds. Minimum value is 1.
     * @schema KafkaSpecKafkaLivenessProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
    /**
     * How often (in seconds) to perform the probe. Default to 10 seconds. Minimum value is 1.
     *
     * @default 10 seconds. Minimum value is 1.
     * @schema KafkaSpecKafkaLivenessProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * Minimum consecutive successes for the probe to be considered successful after having failed. Defaults to 1. Must be 1 for liveness. Minimum value is 1.
     *
     * @default 1. Must be 1 for liveness. Minimum value is 1.
     * @schema KafkaSpecKafkaLivenessProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * Minimum consecutive failures for the probe to be considered failed after having succeeded. Defaults to 3. Minimum value is 1.
     *
     * @default 3. Minimum value is 1.
     * @schema KafkaSpecKafkaLivenessProbe#failureThreshold
     */
    readonly failureThreshold?: number;
}
/**
 * Converts an object of type 'KafkaSpecKafkaLivenessProbe' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaLivenessProbe(obj: KafkaSpecKafkaLivenessProbe | undefined): Record<string, any> | undefined;
/**
 * Pod readiness checking.
 *
 * @schema KafkaSpecKafkaReadinessProbe
 */
export interface KafkaSpecKafkaReadinessProbe {
    /**
     * The initial delay before first the health is first checked. Default to 15 seconds. Minimum value is 0.
     *
     * @default 15 seconds. Minimum value is 0.
     * @schema KafkaSpecKafkaReadinessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * The timeout for each attempted health check. Default to 5 seconds. Minimum value is 1.
     *
     * @default 5 seconds. Minimum value is 1.
     * @schema KafkaSpecKafkaReadinessProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
    /**
     * How often (in seconds) to perform the probe. Default to 10 seconds. Minimum value is 1.
     *
     * @default 10 seconds. Minimum value is 1.
     * @schema KafkaSpecKafkaReadinessProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * Minimum consecutive successes for the probe to be considered successful after having failed. Defaults to 1. Must be 1 for liveness. Minimum value is 1.
     *
     * @default 1. Must be 1 for liveness. Minimum value is 1.
     * @schema KafkaSpecKafkaReadinessProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * Minimum consecutive failures for the probe to be considered failed after having succeeded. Defaults to 3. Minimum value is 1.
     *
     * @default 3. Minimum value is 1.
     * @schema KafkaSpecKafkaReadinessProbe#failureThreshold
     */
    readonly failureThreshold?: number;
}
/**
 * Converts an object of type 'KafkaSpecKafkaReadinessProbe' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaReadinessProbe(obj: KafkaSpecKafkaReadinessProbe | undefined): Record<string, any> | undefined;
/**
 * JVM Options for pods.
 *
 * @schema KafkaSpecKafkaJvmOptions
 */
export interface KafkaSpecKafkaJvmOptions {
    /**
     * A map of -XX options to the JVM.
     *
     * @schema KafkaSpecKafkaJvmOptions#-XX
     */
    readonly xx?: {
        [key: string]: string;
    };
    /**
     * -Xmx option to to the JVM.
     *
     * @schema KafkaSpecKafkaJvmOptions#-Xmx
     */
    readonly xmx?: string;
    /**
     * -Xms option to to the JVM.
     *
     * @schema KafkaSpecKafkaJvmOptions#-Xms
     */
    readonly xms?: string;
    /**
     * Specifies whether the Garbage Collection logging is enabled. The default is false.
     *
     * @schema KafkaSpecKafkaJvmOptions#gcLoggingEnabled
     */
    readonly gcLoggingEnabled?: boolean;
    /**
     * A map of additional system properties which will be passed using the `-D` option to the JVM.
     *
     * @schema KafkaSpecKafkaJvmOptions#javaSystemProperties
     */
    readonly javaSystemProperties?: KafkaSpecKafkaJvmOptionsJavaSystemProperties[];
}
/**
 * Converts an object of type 'KafkaSpecKafkaJvmOptions' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaJvmOptions(obj: KafkaSpecKafkaJvmOptions | undefined): Record<string, any> | undefined;
/**
 * JMX Options for Kafka brokers.
 *
 * @schema KafkaSpecKafkaJmxOptions
 */
export interface KafkaSpecKafkaJmxOptions {
    /**
     * Authentication configuration for connecting to the JMX port.
     *
     * @schema KafkaSpecKafkaJmxOptions#authentication
     */
    readonly authentication?: KafkaSpecKafkaJmxOptionsAuthentication;
}
/**
 * Converts an object of type 'KafkaSpecKafkaJmxOptions' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaJmxOptions(obj: KafkaSpecKafkaJmxOptions | undefined): Record<string, any> | undefined;
/**
 * Metrics configuration.
 *
 * @schema KafkaSpecKafkaMetricsConfig
 */
export interface KafkaSpecKafkaMetricsConfig {
    /**
     * Metrics type. The supported types are `jmxPrometheusExporter` and `strimziMetricsReporter`. Type `jmxPrometheusExporter` uses the Prometheus JMX Exporter to expose Kafka JMX metrics in Prometheus format through an HTTP endpoint. Type `strimziMetricsReporter` uses the Strimzi Metrics Reporter to directly expose Kafka metrics in Prometheus format through an HTTP endpoint.
     *
     * @schema KafkaSpecKafkaMetricsConfig#type
     */
    readonly type: KafkaSpecKafkaMetricsConfigType;
    /**
     * ConfigMap entry where the Prometheus JMX Exporter configuration is stored.
     *
     * @schema KafkaSpecKafkaMetricsConfig#valueFrom
     */
    readonly valueFrom?: KafkaSpecKafkaMetricsConfigValueFrom;
    /**
     * Configuration values for the Strimzi Metrics Reporter.
     *
     * @schema KafkaSpecKafkaMetricsConfig#values
     */
    readonly values?: KafkaSpecKafkaMetricsConfigValues;
}
/**
 * Converts an object of type 'KafkaSpecKafkaMetricsConfig' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaMetricsConfig(obj: KafkaSpecKafkaMetricsConfig | undefined): Record<string, any> | undefined;
/**
 * Logging configuration for Kafka.
 *
 * @schema KafkaSpecKafkaLogging
 */
export interface KafkaSpecKafkaLogging {
    /**
     * A Map from logger name to logger level.
     *
     * @schema KafkaSpecKafkaLogging#loggers
     */
    readonly loggers?: {
        [key: string]: string;
    };
    /**
     * Logging type, must be either 'inline' or 'external'.
     *
     * @schema KafkaSpecKafkaLogging#type
     */
    readonly type: KafkaSpecKafkaLoggingType;
    /**
     * `ConfigMap` entry where the logging configuration is stored.
     *
     * @schema KafkaSpecKafkaLogging#valueFrom
     */
    readonly valueFrom?: KafkaSpecKafkaLoggingValueFrom;
}
/**
 * Converts an object of type 'KafkaSpecKafkaLogging' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaLogging(obj: KafkaSpecKafkaLogging | undefined): Record<string, any> | undefined;
/**
 * Template for Kafka cluster resources. The template allows users to specify how the Kubernetes resources are generated.
 *
 * @schema KafkaSpecKafkaTemplate
 */
export interface KafkaSpecKafkaTemplate {
    /**
     * Template for Kafka `Pods`.
     *
     * @schema KafkaSpecKafkaTemplate#pod
     */
    readonly pod?: KafkaSpecKafkaTemplatePod;
    /**
     * Template for Kafka bootstrap `Service`.
     *
     * @schema KafkaSpecKafkaTemplate#bootstrapService
     */
    readonly bootstrapService?: KafkaSpecKafkaTemplateBootstrapService;
    /**
     * Template for Kafka broker `Service`.
     *
     * @schema KafkaSpecKafkaTemplate#brokersService
     */
    readonly brokersService?: KafkaSpecKafkaTemplateBrokersService;
    /**
     * Template for Kafka external bootstrap `Service`.
     *
     * @schema KafkaSpecKafkaTemplate#externalBootstrapService
     */
    readonly externalBootstrapService?: KafkaSpecKafkaTemplateExternalBootstrapService;
    /**
     * Template for Kafka per-pod `Services` used for access from outside of Kubernetes.
     *
     * @schema KafkaSpecKafkaTemplate#perPodService
     */
    readonly perPodService?: KafkaSpecKafkaTemplatePerPodService;
    /**
     * Template for Kafka external bootstrap `Route`.
     *
     * @schema KafkaSpecKafkaTemplate#externalBootstrapRoute
     */
    readonly externalBootstrapRoute?: KafkaSpecKafkaTemplateExternalBootstrapRoute;
    /**
     * Template for Kafka per-pod `Routes` used for access from outside of OpenShift.
     *
     * @schema KafkaSpecKafkaTemplate#perPodRoute
     */
    readonly perPodRoute?: KafkaSpecKafkaTemplatePerPodRoute;
    /**
     * Template for Kafka external bootstrap `Ingress`.
     *
     * @schema KafkaSpecKafkaTemplate#externalBootstrapIngress
     */
    readonly externalBootstrapIngress?: KafkaSpecKafkaTemplateExternalBootstrapIngress;
    /**
     * Template for Kafka per-pod `Ingress` used for access from outside of Kubernetes.
     *
     * @schema KafkaSpecKafkaTemplate#perPodIngress
     */
    readonly perPodIngress?: KafkaSpecKafkaTemplatePerPodIngress;
    /**
     * Template for all Kafka `PersistentVolumeClaims`.
     *
     * @schema KafkaSpecKafkaTemplate#persistentVolumeClaim
     */
    readonly persistentVolumeClaim?: KafkaSpecKafkaTemplatePersistentVolumeClaim;
    /**
     * Template for Kafka `PodDisruptionBudget`.
     *
     * @schema KafkaSpecKafkaTemplate#podDisruptionBudget
     */
    readonly podDisruptionBudget?: KafkaSpecKafkaTemplatePodDisruptionBudget;
    /**
     * Template for the Kafka broker container.
     *
     * @schema KafkaSpecKafkaTemplate#kafkaContainer
     */
    readonly kafkaContainer?: KafkaSpecKafkaTemplateKafkaContainer;
    /**
     * Template for the Kafka init container.
     *
     * @schema KafkaSpecKafkaTemplate#initContainer
     */
    readonly initContainer?: KafkaSpecKafkaTemplateInitContainer;
    /**
     * Template for Secret with Kafka Cluster certificate public key.
     *
     * @schema KafkaSpecKafkaTemplate#clusterCaCert
     */
    readonly clusterCaCert?: KafkaSpecKafkaTemplateClusterCaCert;
    /**
     * Template for the Kafka service account.
     *
     * @schema KafkaSpecKafkaTemplate#serviceAccount
     */
    readonly serviceAccount?: KafkaSpecKafkaTemplateServiceAccount;
    /**
     * Template for Secret of the Kafka Cluster JMX authentication.
     *
     * @schema KafkaSpecKafkaTemplate#jmxSecret
     */
    readonly jmxSecret?: KafkaSpecKafkaTemplateJmxSecret;
    /**
     * Template for the Kafka ClusterRoleBinding.
     *
     * @schema KafkaSpecKafkaTemplate#clusterRoleBinding
     */
    readonly clusterRoleBinding?: KafkaSpecKafkaTemplateClusterRoleBinding;
    /**
     * Template for Kafka `StrimziPodSet` resource.
     *
     * @schema KafkaSpecKafkaTemplate#podSet
     */
    readonly podSet?: KafkaSpecKafkaTemplatePodSet;
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplate' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplate(obj: KafkaSpecKafkaTemplate | undefined): Record<string, any> | undefined;
/**
 * Configure the tiered storage feature for Kafka brokers.
 *
 * @schema KafkaSpecKafkaTieredStorage
 */
export interface KafkaSpecKafkaTieredStorage {
    /**
     * Configuration for the Remote Storage Manager.
     *
     * @schema KafkaSpecKafkaTieredStorage#remoteStorageManager
     */
    readonly remoteStorageManager?: KafkaSpecKafkaTieredStorageRemoteStorageManager;
    /**
     * Storage type, only 'custom' is supported at the moment.
     *
     * @schema KafkaSpecKafkaTieredStorage#type
     */
    readonly type: KafkaSpecKafkaTieredStorageType;
}
/**
 * Converts an object of type 'KafkaSpecKafkaTieredStorage' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTieredStorage(obj: KafkaSpecKafkaTieredStorage | undefined): Record<string, any> | undefined;
/**
 * Quotas plugin configuration for Kafka brokers allows setting quotas for disk usage, produce/fetch rates, and more. Supported plugin types include `kafka` (default) and `strimzi`. If not specified, the default `kafka` quotas plugin is used.
 *
 * @schema KafkaSpecKafkaQuotas
 */
export interface KafkaSpecKafkaQuotas {
    /**
     * A per-broker byte-rate quota for clients consuming from a broker, independent of their number. If clients consume at maximum speed, the quota is shared equally between all non-excluded consumers. Otherwise, the quota is divided based on each client's consumption rate.
     *
     * @schema KafkaSpecKafkaQuotas#consumerByteRate
     */
    readonly consumerByteRate?: number;
    /**
     * The default client quota on the rate at which mutations are accepted per second for create topic requests, create partition requests, and delete topic requests, defined for each broker. The mutations rate is measured by the number of partitions created or deleted. Applied on a per-broker basis.
     *
     * @schema KafkaSpecKafkaQuotas#controllerMutationRate
     */
    readonly controllerMutationRate?: number;
    /**
     * List of principals that are excluded from the quota. The principals have to be prefixed with `User:`, for example `User:my-user;User:CN=my-other-user`.
     *
     * @schema KafkaSpecKafkaQuotas#excludedPrincipals
     */
    readonly excludedPrincipals?: string[];
    /**
     * Stop message production if the available size (in bytes) of the storage is lower than or equal to this specified value. This condition is mutually exclusive with `minAvailableRatioPerVolume`.
     *
     * @schema KafkaSpecKafkaQuotas#minAvailableBytesPerVolume
     */
    readonly minAvailableBytesPerVolume?: number;
    /**
     * Stop message production if the percentage of available storage space falls below or equals the specified ratio (set as a decimal representing a percentage). This condition is mutually exclusive with `minAvailableBytesPerVolume`.
     *
     * @schema KafkaSpecKafkaQuotas#minAvailableRatioPerVolume
     */
    readonly minAvailableRatioPerVolume?: number;
    /**
     * A per-broker byte-rate quota for clients producing to a broker, independent of their number. If clients produce at maximum speed, the quota is shared equally between all non-excluded producers. Otherwise, the quota is divided based on each client's production rate.
     *
     * @schema KafkaSpecKafkaQuotas#producerByteRate
     */
    readonly producerByteRate?: number;
    /**
     * The default client quota limits the maximum CPU utilization of each client as a percentage of the network and I/O threads of each broker. Applied on a per-broker basis.
     *
     * @schema KafkaSpecKafkaQuotas#requestPercentage
     */
    readonly requestPercentage?: number;
    /**
     * Quotas plugin type. Currently, the supported types are `kafka` and `strimzi`. `kafka` quotas type uses Kafka's built-in quotas plugin. `strimzi` quotas type uses Strimzi quotas plugin.
     *
     * @schema KafkaSpecKafkaQuotas#type
     */
    readonly type: KafkaSpecKafkaQuotasType;
}
/**
 * Converts an object of type 'KafkaSpecKafkaQuotas' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaQuotas(obj: KafkaSpecKafkaQuotas | undefined): Record<string, any> | undefined;
/**
 * Configuration of the Topic Operator.
 *
 * @schema KafkaSpecEntityOperatorTopicOperator
 */
export interface KafkaSpecEntityOperatorTopicOperator {
    /**
     * The namespace the Topic Operator should watch.
     *
     * @schema KafkaSpecEntityOperatorTopicOperator#watchedNamespace
     */
    readonly watchedNamespace?: string;
    /**
     * The image to use for the Topic Operator.
     *
     * @schema KafkaSpecEntityOperatorTopicOperator#image
     */
    readonly image?: string;
    /**
     * Interval between periodic reconciliations in milliseconds.
     *
     * @schema KafkaSpecEntityOperatorTopicOperator#reconciliationIntervalMs
     */
    readonly reconciliationIntervalMs?: number;
    /**
     * Pod startup checking.
     *
     * @schema KafkaSpecEntityOperatorTopicOperator#startupProbe
     */
    readonly startupProbe?: KafkaSpecEntityOperatorTopicOperatorStartupProbe;
    /**
     * Pod liveness checking.
     *
     * @schema KafkaSpecEntityOperatorTopicOperator#livenessProbe
     */
    readonly livenessProbe?: KafkaSpecEntityOperatorTopicOperatorLivenessProbe;
    /**
     * Pod readiness checking.
     *
     * @schema KafkaSpecEntityOperatorTopicOperator#readinessProbe
     */
    readonly readinessProbe?: KafkaSpecEntityOperatorTopicOperatorReadinessProbe;
    /**
     * CPU and memory resources to reserve.
     *
     * @schema KafkaSpecEntityOperatorTopicOperator#resources
     */
    readonly resources?: KafkaSpecEntityOperatorTopicOperatorResources;
    /**
     * Logging configuration.
     *
     * @schema KafkaSpecEntityOperatorTopicOperator#logging
     */
    readonly logging?: KafkaSpecEntityOperatorTopicOperatorLogging;
    /**
     * JVM Options for pods.
     *
     * @schema KafkaSpecEntityOperatorTopicOperator#jvmOptions
     */
    readonly jvmOptions?: KafkaSpecEntityOperatorTopicOperatorJvmOptions;
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTopicOperator' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTopicOperator(obj: KafkaSpecEntityOperatorTopicOperator | undefined): Record<string, any> | undefined;
/**
 * Configuration of the User Operator.
 *
 * @schema KafkaSpecEntityOperatorUserOperator
 */
export interface KafkaSpecEntityOperatorUserOperator {
    /**
     * The namespace the User Operator should watch.
     *
     * @schema KafkaSpecEntityOperatorUserOperator#watchedNamespace
     */
    readonly watchedNamespace?: string;
    /**
     * The image to use for the User Operator.
     *
     * @schema KafkaSpecEntityOperatorUserOperator#image
     */
    readonly image?: string;
    /**
     * Interval between periodic reconciliations in milliseconds.
     *
     * @schema KafkaSpecEntityOperatorUserOperator#reconciliationIntervalMs
     */
    readonly reconciliationIntervalMs?: number;
    /**
     * The prefix that will be added to the KafkaUser name to be used as the Secret name.
     *
     * @schema KafkaSpecEntityOperatorUserOperator#secretPrefix
     */
    readonly secretPrefix?: string;
    /**
     * Pod liveness checking.
     *
     * @schema KafkaSpecEntityOperatorUserOperator#livenessProbe
     */
    readonly livenessProbe?: KafkaSpecEntityOperatorUserOperatorLivenessProbe;
    /**
     * Pod readiness checking.
     *
     * @schema KafkaSpecEntityOperatorUserOperator#readinessProbe
     */
    readonly readinessProbe?: KafkaSpecEntityOperatorUserOperatorReadinessProbe;
    /**
     * CPU and memory resources to reserve.
     *
     * @schema KafkaSpecEntityOperatorUserOperator#resources
     */
    readonly resources?: KafkaSpecEntityOperatorUserOperatorResources;
    /**
     * Logging configuration.
     *
     * @schema KafkaSpecEntityOperatorUserOperator#logging
     */
    readonly logging?: KafkaSpecEntityOperatorUserOperatorLogging;
    /**
     * JVM Options for pods.
     *
     * @schema KafkaSpecEntityOperatorUserOperator#jvmOptions
     */
    readonly jvmOptions?: KafkaSpecEntityOperatorUserOperatorJvmOptions;
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorUserOperator' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorUserOperator(obj: KafkaSpecEntityOperatorUserOperator | undefined): Record<string, any> | undefined;
/**
 * Template for Entity Operator resources. The template allows users to specify how a `Deployment` and `Pod` is generated.
 *
 * @schema KafkaSpecEntityOperatorTemplate
 */
export interface KafkaSpecEntityOperatorTemplate {
    /**
     * Template for Entity Operator `Deployment`.
     *
     * @schema KafkaSpecEntityOperatorTemplate#deployment
     */
    readonly deployment?: KafkaSpecEntityOperatorTemplateDeployment;
    /**
     * Template for Entity Operator `Pods`.
     *
     * @schema KafkaSpecEntityOperatorTemplate#pod
     */
    readonly pod?: KafkaSpecEntityOperatorTemplatePod;
    /**
     * Template for the Entity Topic Operator container.
     *
     * @schema KafkaSpecEntityOperatorTemplate#topicOperatorContainer
     */
    readonly topicOperatorContainer?: KafkaSpecEntityOperatorTemplateTopicOperatorContainer;
    /**
     * Template for the Entity User Operator container.
     *
     * @schema KafkaSpecEntityOperatorTemplate#userOperatorContainer
     */
    readonly userOperatorContainer?: KafkaSpecEntityOperatorTemplateUserOperatorContainer;
    /**
     * Template for the Entity Operator service account.
     *
     * @schema KafkaSpecEntityOperatorTemplate#serviceAccount
     */
    readonly serviceAccount?: KafkaSpecEntityOperatorTemplateServiceAccount;
    /**
     * Template for the Entity Operator Pod Disruption Budget.
     *
     * @schema KafkaSpecEntityOperatorTemplate#podDisruptionBudget
     */
    readonly podDisruptionBudget?: KafkaSpecEntityOperatorTemplatePodDisruptionBudget;
    /**
     * Template for the Entity Operator Role.
     *
     * @schema KafkaSpecEntityOperatorTemplate#entityOperatorRole
     */
    readonly entityOperatorRole?: KafkaSpecEntityOperatorTemplateEntityOperatorRole;
    /**
     * Template for the Entity Topic Operator RoleBinding.
     *
     * @schema KafkaSpecEntityOperatorTemplate#topicOperatorRoleBinding
     */
    readonly topicOperatorRoleBinding?: KafkaSpecEntityOperatorTemplateTopicOperatorRoleBinding;
    /**
     * Template for the Entity Topic Operator RoleBinding.
     *
     * @schema KafkaSpecEntityOperatorTemplate#userOperatorRoleBinding
     */
    readonly userOperatorRoleBinding?: KafkaSpecEntityOperatorTemplateUserOperatorRoleBinding;
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplate' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplate(obj: KafkaSpecEntityOperatorTemplate | undefined): Record<string, any> | undefined;
/**
 * How should CA certificate expiration be handled when `generateCertificateAuthority=true`. The default is for a new CA certificate to be generated reusing the existing private key.
 *
 * @schema KafkaSpecClusterCaCertificateExpirationPolicy
 */
export declare enum KafkaSpecClusterCaCertificateExpirationPolicy {
    /** renew-certificate */
    RENEW_HYPHEN_CERTIFICATE = "renew-certificate",
    /** replace-key */
    REPLACE_HYPHEN_KEY = "replace-key"
}
/**
 * How should CA certificate expiration be handled when `generateCertificateAuthority=true`. The default is for a new CA certificate to be generated reusing the existing private key.
 *
 * @schema KafkaSpecClientsCaCertificateExpirationPolicy
 */
export declare enum KafkaSpecClientsCaCertificateExpirationPolicy {
    /** renew-certificate */
    RENEW_HYPHEN_CERTIFICATE = "renew-certificate",
    /** replace-key */
    REPLACE_HYPHEN_KEY = "replace-key"
}
/**
 * CPU and memory resources to reserve for the Cruise Control container.
 *
 * @schema KafkaSpecCruiseControlResources
 */
export interface KafkaSpecCruiseControlResources {
    /**
     * @schema KafkaSpecCruiseControlResources#claims
     */
    readonly claims?: KafkaSpecCruiseControlResourcesClaims[];
    /**
     * @schema KafkaSpecCruiseControlResources#limits
     */
    readonly limits?: {
        [key: string]: KafkaSpecCruiseControlResourcesLimits;
    };
    /**
     * @schema KafkaSpecCruiseControlResources#requests
     */
    readonly requests?: {
        [key: string]: KafkaSpecCruiseControlResourcesRequests;
    };
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlResources' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlResources(obj: KafkaSpecCruiseControlResources | undefined): Record<string, any> | undefined;
/**
 * Pod liveness checking for the Cruise Control container.
 *
 * @schema KafkaSpecCruiseControlLivenessProbe
 */
export interface KafkaSpecCruiseControlLivenessProbe {
    /**
     * The initial delay before first the health is first checked. Default to 15 seconds. Minimum value is 0.
     *
     * @default 15 seconds. Minimum value is 0.
     * @schema KafkaSpecCruiseControlLivenessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * The timeout for each attempted health check. Default to 5 seconds. Minimum value is 1.
     *
     * @default 5 seconds. Minimum value is 1.
     * @schema KafkaSpecCruiseControlLivenessProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
    /**
     * How often (in seconds) to perform the probe. Default to 10 seconds. Minimum value is 1.
     *
     * @default 10 seconds. Minimum value is 1.
     * @schema KafkaSpecCruiseControlLivenessProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * Minimum consecutive successes for the probe to be considered successful after having failed. Defaults to 1. Must be 1 for liveness. Minimum value is 1.
     *
     * @default 1. Must be 1 for liveness. Minimum value is 1.
     * @schema KafkaSpecCruiseControlLivenessProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * Minimum consecutive failures for the probe to be considered failed after having succeeded. Defaults to 3. Minimum value is 1.
     *
     * @default 3. Minimum value is 1.
     * @schema KafkaSpecCruiseControlLivenessProbe#failureThreshold
     */
    readonly failureThreshold?: number;
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlLivenessProbe' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlLivenessProbe(obj: KafkaSpecCruiseControlLivenessProbe | undefined): Record<string, any> | undefined;
/**
 * Pod readiness checking for the Cruise Control container.
 *
 * @schema KafkaSpecCruiseControlReadinessProbe
 */
export interface KafkaSpecCruiseControlReadinessProbe {
    /**
     * The initial delay before first the health is first checked. Default to 15 seconds. Minimum value is 0.
     *
     * @default 15 seconds. Minimum value is 0.
     * @schema KafkaSpecCruiseControlReadinessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * The timeout for each attempted health check. Default to 5 seconds. Minimum value is 1.
     *
     * @default 5 seconds. Minimum value is 1.
     * @schema KafkaSpecCruiseControlReadinessProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
    /**
     * How often (in seconds) to perform the probe. Default to 10 seconds. Minimum value is 1.
     *
     * @default 10 seconds. Minimum value is 1.
     * @schema KafkaSpecCruiseControlReadinessProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * Minimum consecutive successes for the probe to be considered successful after having failed. Defaults to 1. Must be 1 for liveness. Minimum value is 1.
     *
     * @default 1. Must be 1 for liveness. Minimum value is 1.
     * @schema KafkaSpecCruiseControlReadinessProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * Minimum consecutive failures for the probe to be considered failed after having succeeded. Defaults to 3. Minimum value is 1.
     *
     * @default 3. Minimum value is 1.
     * @schema KafkaSpecCruiseControlReadinessProbe#failureThreshold
     */
    readonly failureThreshold?: number;
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlReadinessProbe' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlReadinessProbe(obj: KafkaSpecCruiseControlReadinessProbe | undefined): Record<string, any> | undefined;
/**
 * JVM Options for the Cruise Control container.
 *
 * @schema KafkaSpecCruiseControlJvmOptions
 */
export interface KafkaSpecCruiseControlJvmOptions {
    /**
     * A map of -XX options to the JVM.
     *
     * @schema KafkaSpecCruiseControlJvmOptions#-XX
     */
    readonly xx?: {
        [key: string]: string;
    };
    /**
     * -Xmx option to to the JVM.
     *
     * @schema KafkaSpecCruiseControlJvmOptions#-Xmx
     */
    readonly xmx?: string;
    /**
     * -Xms option to to the JVM.
     *
     * @schema KafkaSpecCruiseControlJvmOptions#-Xms
     */
    readonly xms?: string;
    /**
     * Specifies whether the Garbage Collection logging is enabled. The default is false.
     *
     * @schema KafkaSpecCruiseControlJvmOptions#gcLoggingEnabled
     */
    readonly gcLoggingEnabled?: boolean;
    /**
     * A map of additional system properties which will be passed using the `-D` option to the JVM.
     *
     * @schema KafkaSpecCruiseControlJvmOptions#javaSystemProperties
     */
    readonly javaSystemProperties?: KafkaSpecCruiseControlJvmOptionsJavaSystemProperties[];
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlJvmOptions' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlJvmOptions(obj: KafkaSpecCruiseControlJvmOptions | undefined): Record<string, any> | undefined;
/**
 * Logging configuration (Log4j 2) for Cruise Control.
 *
 * @schema KafkaSpecCruiseControlLogging
 */
export interface KafkaSpecCruiseControlLogging {
    /**
     * A Map from logger name to logger level.
     *
     * @schema KafkaSpecCruiseControlLogging#loggers
     */
    readonly loggers?: {
        [key: string]: string;
    };
    /**
     * Logging type, must be either 'inline' or 'external'.
     *
     * @schema KafkaSpecCruiseControlLogging#type
     */
    readonly type: KafkaSpecCruiseControlLoggingType;
    /**
     * `ConfigMap` entry where the logging configuration is stored.
     *
     * @schema KafkaSpecCruiseControlLogging#valueFrom
     */
    readonly valueFrom?: KafkaSpecCruiseControlLoggingValueFrom;
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlLogging' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlLogging(obj: KafkaSpecCruiseControlLogging | undefined): Record<string, any> | undefined;
/**
 * Template to specify how Cruise Control resources, `Deployments` and `Pods`, are generated.
 *
 * @schema KafkaSpecCruiseControlTemplate
 */
export interface KafkaSpecCruiseControlTemplate {
    /**
     * Template for Cruise Control `Deployment`.
     *
     * @schema KafkaSpecCruiseControlTemplate#deployment
     */
    readonly deployment?: KafkaSpecCruiseControlTemplateDeployment;
    /**
     * Template for Cruise Control `Pods`.
     *
     * @schema KafkaSpecCruiseControlTemplate#pod
     */
    readonly pod?: KafkaSpecCruiseControlTemplatePod;
    /**
     * Template for Cruise Control API `Service`.
     *
     * @schema KafkaSpecCruiseControlTemplate#apiService
     */
    readonly apiService?: KafkaSpecCruiseControlTemplateApiService;
    /**
     * Template for Cruise Control `PodDisruptionBudget`.
     *
     * @schema KafkaSpecCruiseControlTemplate#podDisruptionBudget
     */
    readonly podDisruptionBudget?: KafkaSpecCruiseControlTemplatePodDisruptionBudget;
    /**
     * Template for the Cruise Control container.
     *
     * @schema KafkaSpecCruiseControlTemplate#cruiseControlContainer
     */
    readonly cruiseControlContainer?: KafkaSpecCruiseControlTemplateCruiseControlContainer;
    /**
     * Template for the Cruise Control service account.
     *
     * @schema KafkaSpecCruiseControlTemplate#serviceAccount
     */
    readonly serviceAccount?: KafkaSpecCruiseControlTemplateServiceAccount;
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlTemplate' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlTemplate(obj: KafkaSpecCruiseControlTemplate | undefined): Record<string, any> | undefined;
/**
 * The Cruise Control `brokerCapacity` configuration.
 *
 * @schema KafkaSpecCruiseControlBrokerCapacity
 */
export interface KafkaSpecCruiseControlBrokerCapacity {
    /**
     * Broker capacity for CPU resource in cores or millicores. For example, 1, 1.500, 1500m. For more information on valid CPU resource units see https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/#meaning-of-cpu.
     *
     * @schema KafkaSpecCruiseControlBrokerCapacity#cpu
     */
    readonly cpu?: string;
    /**
     * Broker capacity for inbound network throughput in bytes per second. Use an integer value with standard Kubernetes byte units (K, M, G) or their bibyte (power of two) equivalents (Ki, Mi, Gi) per second. For example, 10000KiB/s.
     *
     * @schema KafkaSpecCruiseControlBrokerCapacity#inboundNetwork
     */
    readonly inboundNetwork?: string;
    /**
     * Broker capacity for outbound network throughput in bytes per second. Use an integer value with standard Kubernetes byte units (K, M, G) or their bibyte (power of two) equivalents (Ki, Mi, Gi) per second. For example, 10000KiB/s.
     *
     * @schema KafkaSpecCruiseControlBrokerCapacity#outboundNetwork
     */
    readonly outboundNetwork?: string;
    /**
     * Overrides for individual brokers. The `overrides` property lets you specify a different capacity configuration for different brokers.
     *
     * @schema KafkaSpecCruiseControlBrokerCapacity#overrides
     */
    readonly overrides?: KafkaSpecCruiseControlBrokerCapacityOverrides[];
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlBrokerCapacity' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlBrokerCapacity(obj: KafkaSpecCruiseControlBrokerCapacity | undefined): Record<string, any> | undefined;
/**
 * Metrics configuration. Only `jmxPrometheusExporter` can be configured, as this component does not support `strimziMetricsReporter`.
 *
 * @schema KafkaSpecCruiseControlMetricsConfig
 */
export interface KafkaSpecCruiseControlMetricsConfig {
    /**
     * Metrics type. The supported types are `jmxPrometheusExporter` and `strimziMetricsReporter`. Type `jmxPrometheusExporter` uses the Prometheus JMX Exporter to expose Kafka JMX metrics in Prometheus format through an HTTP endpoint. Type `strimziMetricsReporter` uses the Strimzi Metrics Reporter to directly expose Kafka metrics in Prometheus format through an HTTP endpoint.
     *
     * @schema KafkaSpecCruiseControlMetricsConfig#type
     */
    readonly type: KafkaSpecCruiseControlMetricsConfigType;
    /**
     * ConfigMap entry where the Prometheus JMX Exporter configuration is stored.
     *
     * @schema KafkaSpecCruiseControlMetricsConfig#valueFrom
     */
    readonly valueFrom?: KafkaSpecCruiseControlMetricsConfigValueFrom;
    /**
     * Configuration values for the Strimzi Metrics Reporter.
     *
     * @schema KafkaSpecCruiseControlMetricsConfig#values
     */
    readonly values?: KafkaSpecCruiseControlMetricsConfigValues;
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlMetricsConfig' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlMetricsConfig(obj: KafkaSpecCruiseControlMetricsConfig | undefined): Record<string, any> | undefined;
/**
 * Configuration of the Cruise Control REST API users.
 *
 * @schema KafkaSpecCruiseControlApiUsers
 */
export interface KafkaSpecCruiseControlApiUsers {
    /**
     * Type of the Cruise Control API users configuration. Supported format is: `hashLoginService`.
     *
     * @schema KafkaSpecCruiseControlApiUsers#type
     */
    readonly type: KafkaSpecCruiseControlApiUsersType;
    /**
     * Secret from which the custom Cruise Control API authentication credentials are read.
     *
     * @schema KafkaSpecCruiseControlApiUsers#valueFrom
     */
    readonly valueFrom: KafkaSpecCruiseControlApiUsersValueFrom;
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlApiUsers' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlApiUsers(obj: KafkaSpecCruiseControlApiUsers | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecCruiseControlAutoRebalance
 */
export interface KafkaSpecCruiseControlAutoRebalance {
    /**
     * Specifies the mode for automatically rebalancing when brokers are added or removed. Supported modes are `add-brokers` and `remove-brokers`.
     *
     *
     * @schema KafkaSpecCruiseControlAutoRebalance#mode
     */
    readonly mode: KafkaSpecCruiseControlAutoRebalanceMode;
    /**
     * Reference to the KafkaRebalance custom resource to be used as the configuration template for the auto-rebalancing on scaling when running for the corresponding mode.
     *
     * @schema KafkaSpecCruiseControlAutoRebalance#template
     */
    readonly template?: KafkaSpecCruiseControlAutoRebalanceTemplate;
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlAutoRebalance' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlAutoRebalance(obj: KafkaSpecCruiseControlAutoRebalance | undefined): Record<string, any> | undefined;
/**
 * CPU and memory resources to reserve.
 *
 * @schema KafkaSpecKafkaExporterResources
 */
export interface KafkaSpecKafkaExporterResources {
    /**
     * @schema KafkaSpecKafkaExporterResources#claims
     */
    readonly claims?: KafkaSpecKafkaExporterResourcesClaims[];
    /**
     * @schema KafkaSpecKafkaExporterResources#limits
     */
    readonly limits?: {
        [key: string]: KafkaSpecKafkaExporterResourcesLimits;
    };
    /**
     * @schema KafkaSpecKafkaExporterResources#requests
     */
    readonly requests?: {
        [key: string]: KafkaSpecKafkaExporterResourcesRequests;
    };
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterResources' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterResources(obj: KafkaSpecKafkaExporterResources | undefined): Record<string, any> | undefined;
/**
 * Pod liveness check.
 *
 * @schema KafkaSpecKafkaExporterLivenessProbe
 */
export interface KafkaSpecKafkaExporterLivenessProbe {
    /**
     * The initial delay before first the health is first checked. Default to 15 seconds. Minimum value is 0.
     *
     * @default 15 seconds. Minimum value is 0.
     * @schema KafkaSpecKafkaExporterLivenessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * The timeout for each attempted health check. Default to 5 seconds. Minimum value is 1.
     *
     * @default 5 seconds. Minimum value is 1.
     * @schema KafkaSpecKafkaExporterLivenessProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
    /**
     * How often (in seconds) to perform the probe. Default to 10 seconds. Minimum value is 1.
     *
     * @default 10 seconds. Minimum value is 1.
     * @schema KafkaSpecKafkaExporterLivenessProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * Minimum consecutive successes for the probe to be considered successful after having failed. Defaults to 1. Must be 1 for liveness. Minimum value is 1.
     *
     * @default 1. Must be 1 for liveness. Minimum value is 1.
     * @schema KafkaSpecKafkaExporterLivenessProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * Minimum consecutive failures for the probe to be considered failed after having succeeded. Defaults to 3. Minimum value is 1.
     *
     * @default 3. Minimum value is 1.
     * @schema KafkaSpecKafkaExporterLivenessProbe#failureThreshold
     */
    readonly failureThreshold?: number;
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterLivenessProbe' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterLivenessProbe(obj: KafkaSpecKafkaExporterLivenessProbe | undefined): Record<string, any> | undefined;
/**
 * Pod readiness check.
 *
 * @schema KafkaSpecKafkaExporterReadinessProbe
 */
export interface KafkaSpecKafkaExporterReadinessProbe {
    /**
     * The initial delay before first the health is first checked. Default to 15 seconds. Minimum value is 0.
     *
     * @default 15 seconds. Minimum value is 0.
     * @schema KafkaSpecKafkaExporterReadinessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * The timeout for each attempted health check. Default to 5 seconds. Minimum value is 1.
     *
     * @default 5 seconds. Minimum value is 1.
     * @schema KafkaSpecKafkaExporterReadinessProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
    /**
     * How often (in seconds) to perform the probe. Default to 10 seconds. Minimum value is 1.
     *
     * @default 10 seconds. Minimum value is 1.
     * @schema KafkaSpecKafkaExporterReadinessProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * Minimum consecutive successes for the probe to be considered successful after having failed. Defaults to 1. Must be 1 for liveness. Minimum value is 1.
     *
     * @default 1. Must be 1 for liveness. Minimum value is 1.
     * @schema KafkaSpecKafkaExporterReadinessProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * Minimum consecutive failures for the probe to be considered failed after having succeeded. Defaults to 3. Minimum value is 1.
     *
     * @default 3. Minimum value is 1.
     * @schema KafkaSpecKafkaExporterReadinessProbe#failureThreshold
     */
    readonly failureThreshold?: number;
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterReadinessProbe' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterReadinessProbe(obj: KafkaSpecKafkaExporterReadinessProbe | undefined): Record<string, any> | undefined;
/**
 * Customization of deployment templates and pods.
 *
 * @schema KafkaSpecKafkaExporterTemplate
 */
export interface KafkaSpecKafkaExporterTemplate {
    /**
     * Template for Kafka Exporter `Deployment`.
     *
     * @schema KafkaSpecKafkaExporterTemplate#deployment
     */
    readonly deployment?: KafkaSpecKafkaExporterTemplateDeployment;
    /**
     * Template for Kafka Exporter `Pods`.
     *
     * @schema KafkaSpecKafkaExporterTemplate#pod
     */
    readonly pod?: KafkaSpecKafkaExporterTemplatePod;
    /**
     * Template for the Kafka Exporter container.
     *
     * @schema KafkaSpecKafkaExporterTemplate#container
     */
    readonly container?: KafkaSpecKafkaExporterTemplateContainer;
    /**
     * Template for the Kafka Exporter service account.
     *
     * @schema KafkaSpecKafkaExporterTemplate#serviceAccount
     */
    readonly serviceAccount?: KafkaSpecKafkaExporterTemplateServiceAccount;
    /**
     * Template for the Pod Disruption Budget for Kafka Exporter pods.
     *
     * @schema KafkaSpecKafkaExporterTemplate#podDisruptionBudget
     */
    readonly podDisruptionBudget?: KafkaSpecKafkaExporterTemplatePodDisruptionBudget;
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterTemplate' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterTemplate(obj: KafkaSpecKafkaExporterTemplate | undefined): Record<string, any> | undefined;
/**
 * Type of the listener. The supported types are as follows:
 *
 * * `internal` type exposes Kafka internally only within the Kubernetes cluster.
 * * `route` type uses OpenShift Routes to expose Kafka.
 * * `loadbalancer` type uses LoadBalancer type services to expose Kafka.
 * * `nodeport` type uses NodePort type services to expose Kafka.
 * * `ingress` (deprecated) type uses Kubernetes Nginx Ingress to expose Kafka with TLS passthrough.
 * * `cluster-ip` type uses a per-broker `ClusterIP` service.
 *
 *
 * @schema KafkaSpecKafkaListenersType
 */
export declare enum KafkaSpecKafkaListenersType {
    /** internal */
    INTERNAL = "internal",
    /** route */
    ROUTE = "route",
    /** tlsroute */
    TLSROUTE = "tlsroute",
    /** loadbalancer */
    LOADBALANCER = "loadbalancer",
    /** nodeport */
    NODEPORT = "nodeport",
    /** ingress */
    INGRESS = "ingress",
    /** cluster-ip */
    CLUSTER_HYPHEN_IP = "cluster-ip"
}
/**
 * Authentication configuration for this listener.
 *
 * @schema KafkaSpecKafkaListenersAuthentication
 */
export interface KafkaSpecKafkaListenersAuthentication {
    /**
     * Configuration to be used for a specific listener. All values are prefixed with `listener.name.<listener_name>`.
     *
     * @schema KafkaSpecKafkaListenersAuthentication#listenerConfig
     */
    readonly listenerConfig?: any;
    /**
     * Enable or disable SASL on this listener.
     *
     * @schema KafkaSpecKafkaListenersAuthentication#sasl
     */
    readonly sasl?: boolean;
    /**
     * Authentication type. `scram-sha-512` type uses SASL SCRAM-SHA-512 Authentication. `tls` type uses TLS Client Authentication. `tls` type is supported only on TLS listeners. `custom` type allows for any authentication type to be used.
     *
     * @schema KafkaSpecKafkaListenersAuthentication#type
     */
    readonly type: KafkaSpecKafkaListenersAuthenticationType;
}
/**
 * Converts an object of type 'KafkaSpecKafkaListenersAuthentication' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaListenersAuthentication(obj: KafkaSpecKafkaListenersAuthentication | undefined): Record<string, any> | undefined;
/**
 * Additional listener configuration.
 *
 * @schema KafkaSpecKafkaListenersConfiguration
 */
export interface KafkaSpecKafkaListenersConfiguration {
    /**
     * Reference to the `Secret` which holds the certificate and private key pair which will be used for this listener. The certificate can optionally contain the whole chain. This field can be used only with listeners with enabled TLS encryption.
     *
     * @schema KafkaSpecKafkaListenersConfiguration#brokerCertChainAndKey
     */
    readonly brokerCertChainAndKey?: KafkaSpecKafkaListenersConfigurationBrokerCertChainAndKey;
    /**
     * Configures a specific class for `Ingress` and `LoadBalancer` that defines which controller is used. If not specified, the default controller is used.
     *
     * * For an `ingress` listener, the operator uses this property to set the `ingressClassName` property in the `Ingress` resources.
     * * For a `loadbalancer` listener, the operator uses this property to set the `loadBalancerClass` property  in the `Service` resources.
     *
     * For `ingress` and `loadbalancer` listeners only.
     *
     * @schema KafkaSpecKafkaListenersConfiguration#class
     */
    readonly class?: string;
    /**
     * Specifies whether the service routes external traffic to cluster-wide or node-local endpoints:
     *
     * * `Cluster` may cause a second hop to another node and obscures the client source IP.
     * * `Local` avoids a second hop for `LoadBalancer` and `Nodeport` type services and preserves the client source IP (when supported by the infrastructure).
     *
     * If unspecified, Kubernetes uses `Cluster` as the default. For `loadbalancer` or `nodeport` listeners only.
     *
     * @schema KafkaSpecKafkaListenersConfiguration#externalTrafficPolicy
     */
    readonly externalTrafficPolicy?: KafkaSpecKafkaListenersConfigurationExternalTrafficPolicy;
    /**
     * A list of CIDR ranges (for example `10.0.0.0/8` or `130.211.204.1/32`) from which clients can connect to loadbalancer listeners. If supported by the platform, traffic through the loadbalancer is restricted to the specified CIDR ranges. This field is applicable only for loadbalancer type services and is ignored if the cloud provider does not support the feature. For `loadbalancer` listeners only.
     *
     * @schema KafkaSpecKafkaListenersConfiguration#loadBalancerSourceRanges
     */
    readonly loadBalancerSourceRanges?: string[];
    /**
     * Bootstrap configuration.
     *
     * @schema KafkaSpecKafkaListenersConfiguration#bootstrap
     */
    readonly bootstrap?: KafkaSpecKafkaListenersConfigurationBootstrap;
    /**
     * Per-broker configurations.
     *
     * @schema KafkaSpecKafkaListenersConfiguration#brokers
     */
    readonly brokers?: KafkaSpecKafkaListenersConfigurationBrokers[];
    /**
     * Specifies the IP Family Policy used by the service. Available options are `SingleStack`, `PreferDualStack` and `RequireDualStack`:
     *
     * * `SingleStack` is for a single IP family.
     * * `PreferDualStack` is for two IP families on dual-stack configured clusters or a single IP family on single-stack clusters.
     * * `RequireDualStack` fails unless there are two IP families on dual-stack configured clusters.
     *
     * If unspecified, Kubernetes will choose the default value based on the service type.
     *
     * @schema KafkaSpecKafkaListenersConfiguration#ipFamilyPolicy
     */
    readonly ipFamilyPolicy?: KafkaSpecKafkaListenersConfigurationIpFamilyPolicy;
    /**
     * Specifies the IP Families used by the service. Available options are `IPv4` and `IPv6`. If unspecified, Kubernetes will choose the default value based on the `ipFamilyPolicy` setting.
     *
     * @schema KafkaSpecKafkaListenersConfiguration#ipFamilies
     */
    readonly ipFamilies?: KafkaSpecKafkaListenersConfigurationIpFamilies[];
    /**
     * Whether to create the bootstrap service or not. The bootstrap service is created by default (if not specified differently). This field can be used with the `loadbalancer` listener.
     *
     * @schema KafkaSpecKafkaListenersConfiguration#createBootstrapService
     */
    readonly createBootstrapService?: boolean;
    /**
     * A list of finalizers configured for the `LoadBalancer` type services created for this listener. If supported by the platform, the finalizer `service.kubernetes.io/load-balancer-cleanup` to make sure that the external load balancer is deleted together with the service.For more information, see https://kubernetes.io/docs/tasks/access-application-cluster/create-external-load-balancer/#garbage-collecting-load-balancers. For `loadbalancer` listeners only.
     *
     * @schema KafkaSpecKafkaListenersConfiguration#finalizers
     */
    readonly finalizers?: string[];
    /**
     * Configures whether the Kubernetes service DNS domain should be included in the generated addresses.
     *
     * * If set to `false`, the generated addresses do not contain the service DNS domain suffix. For example, `my-cluster-kafka-0.my-cluster-kafka-brokers.myproject.svc`.
     * * If set to `true`, the generated addresses contain the service DNS domain suffix. For example, `my-cluster-kafka-0.my-cluster-kafka-brokers.myproject.svc.cluster.local`.
     *
     * The default is `.cluster.local`, but this is customizable using the environment variable `KUBERNETES_SERVICE_DNS_DOMAIN`. For `internal` and `cluster-ip` listeners only.
     *
     * @schema KafkaSpecKafkaListenersConfiguration#useServiceDnsDomain
     */
    readonly useServiceDnsDomain?: boolean;
    /**
     * The maximum number of connections we allow for this listener in the broker at any time. New connections are blocked if the limit is reached.
     *
     * @schema KafkaSpecKafkaListenersConfiguration#maxConnections
     */
    readonly maxConnections?: number;
    /**
     * The maximum connection creation rate we allow in this listener at any time. New connections will be throttled if the limit is reached.
     *
     * @schema KafkaSpecKafkaListenersConfiguration#maxConnectionCreationRate
     */
    readonly maxConnectionCreationRate?: number;
    /**
     * Defines which address type should be used as the node address. Available types are: `ExternalDNS`, `ExternalIP`, `InternalDNS`, `InternalIP` and `Hostname`. By default, the addresses are used in the following order (the first one found is used):
     *
     * * `ExternalDNS`
     * * `ExternalIP`
     * * `InternalDNS`
     * * `InternalIP`
     * * `Hostname`
     *
     * This property is used to select the preferred address type, which is checked first. If no address is found for this address type, the other types are checked in the default order. For `nodeport` listeners only.
     *
     * @schema KafkaSpecKafkaListenersConfiguration#preferredNodePortAddressType
     */
    readonly preferredNodePortAddressType?: KafkaSpecKafkaListenersConfigurationPreferredNodePortAddressType;
    /**
     * Configures whether the service endpoints are considered "ready" even if the Pods themselves are not. Defaults to `false`. This field can not be used with `internal` listeners.
     *
     * @default false`. This field can not be used with `internal` listeners.
     * @schema KafkaSpecKafkaListenersConfiguration#publishNotReadyAddresses
     */
    readonly publishNotReadyAddresses?: boolean;
    /**
     * Configures the template used to generate annotations for individual brokers. You can use the `{nodeId}` and `{nodePodName}` placeholders in annotation values. Templating applies only to annotation values.
     *
     * @schema KafkaSpecKafkaListenersConfiguration#perBrokerAnnotationsTemplate
     */
    readonly perBrokerAnnotationsTemplate?: {
        [key: string]: string;
    };
    /**
     * Configures the template used to generate labels for individual brokers. You can use the `{nodeId}` and `{nodePodName}` placeholders in label values. Templating applies only to label values.
     *
     * @schema KafkaSpecKafkaListenersConfiguration#perBrokerLabelsTemplate
     */
    readonly perBrokerLabelsTemplate?: {
        [key: string]: string;
    };
    /**
     * Configures the template for generating the hostnames of the individual brokers. Valid placeholders that you can use in the template are `{nodeId}` and `{nodePodName}`.
     *
     * @schema KafkaSpecKafkaListenersConfiguration#hostTemplate
     */
    readonly hostTemplate?: string;
    /**
     * Configures the template for generating the advertised hostnames of the individual brokers. Valid placeholders that you can use in the template are `{nodeId}` and `{nodePodName}`.
     *
     * @schema KafkaSpecKafkaListenersConfiguration#advertisedHostTemplate
     */
    readonly advertisedHostTemplate?: string;
    /**
     * Configures the template for generating the advertised ports of the individual brokers. It allows to specify a simple mathematics formula that will be used to calculate the port. The only valid placeholder that you can use in the template is `{nodeId}`. Supported operations are `+`, `-`, and `*`. For example, `9000 + {nodeId}` will generate ports `9000`, `9001`, `9002`, and so on for the individual brokers. You can also use a fixed port number in the template, for example `9000`, which will generate the same port for all brokers.
     *
     * @schema KafkaSpecKafkaListenersConfiguration#advertisedPortTemplate
     */
    readonly advertisedPortTemplate?: string;
    /**
     * Configures whether to allocate NodePort automatically for the `Service` with type `LoadBalancer`.
     * This is a one to one with the `spec.allocateLoadBalancerNodePorts` configuration in the `Service` type
     * For `loadbalancer` listeners only.
     *
     * @schema KafkaSpecKafkaListenersConfiguration#allocateLoadBalancerNodePorts
     */
    readonly allocateLoadBalancerNodePorts?: boolean;
    /**
     * For `tlsroute` listeners only.
     * Configures the Gateway API resource or resources that generated `TLSRoute` resources attach to.
     * Typically, this is a `Gateway` resource.
     *
     * @schema KafkaSpecKafkaListenersConfiguration#parentRefs
     */
    readonly parentRefs?: KafkaSpecKafkaListenersConfigurationParentRefs[];
}
/**
 * Converts an object of type 'KafkaSpecKafkaListenersConfiguration' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaListenersConfiguration(obj: KafkaSpecKafkaListenersConfiguration | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaListenersNetworkPolicyPeers
 */
export interface KafkaSpecKafkaListenersNetworkPolicyPeers {
    /**
     * @schema KafkaSpecKafkaListenersNetworkPolicyPeers#ipBlock
     */
    readonly ipBlock?: KafkaSpecKafkaListenersNetworkPolicyPeersIpBlock;
    /**
     * @schema KafkaSpecKafkaListenersNetworkPolicyPeers#namespaceSelector
     */
    readonly namespaceSelector?: KafkaSpecKafkaListenersNetworkPolicyPeersNamespaceSelector;
    /**
     * @schema KafkaSpecKafkaListenersNetworkPolicyPeers#podSelector
     */
    readonly podSelector?: KafkaSpecKafkaListenersNetworkPolicyPeersPodSelector;
}
/**
 * Converts an object of type 'KafkaSpecKafkaListenersNetworkPolicyPeers' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaListenersNetworkPolicyPeers(obj: KafkaSpecKafkaListenersNetworkPolicyPeers | undefined): Record<string, any> | undefined;
/**
 * Authorization type. Currently, the supported types are `simple` and `custom`. `simple` authorization type uses Kafka's built-in authorizer for authorization. `custom` authorization type uses user-provided implementation for authorization.
 *
 * @schema KafkaSpecKafkaAuthorizationType
 */
export declare enum KafkaSpecKafkaAuthorizationType {
    /** simple */
    SIMPLE = "simple",
    /** custom */
    CUSTOM = "custom"
}
/**
 * Specifies the rack awareness type. Supported types are `topology-label` and `environment-variable`. `topology-label` uses a Kubernetes worker node label to set the `broker.rack` configuration for Kafka brokers and the `client.rack` configuration for Kafka Connect and MirrorMaker 2. `environment-variable` uses an environment variable to set the `broker.rack` configuration for Kafka brokers and the `client.rack` configuration for Kafka Connect and MirrorMaker 2. When not specified, `topology-label` type is used by default.
 *
 * @schema KafkaSpecKafkaRackType
 */
export declare enum KafkaSpecKafkaRackType {
    /** topology-label */
    TOPOLOGY_HYPHEN_LABEL = "topology-label",
    /** environment-variable */
    ENVIRONMENT_HYPHEN_VARIABLE = "environment-variable"
}
/**
 * @schema KafkaSpecKafkaJvmOptionsJavaSystemProperties
 */
export interface KafkaSpecKafkaJvmOptionsJavaSystemProperties {
    /**
     * The system property name.
     *
     * @schema KafkaSpecKafkaJvmOptionsJavaSystemProperties#name
     */
    readonly name?: string;
    /**
     * The system property value.
     *
     * @schema KafkaSpecKafkaJvmOptionsJavaSystemProperties#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'KafkaSpecKafkaJvmOptionsJavaSystemProperties' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaJvmOptionsJavaSystemProperties(obj: KafkaSpecKafkaJvmOptionsJavaSystemProperties | undefined): Record<string, any> | undefined;
/**
 * Authentication configuration for connecting to the JMX port.
 *
 * @schema KafkaSpecKafkaJmxOptionsAuthentication
 */
export interface KafkaSpecKafkaJmxOptionsAuthentication {
    /**
     * Authentication type. Currently the only supported types are `password`.`password` type creates a username and protected port with no TLS.
     *
     * @schema KafkaSpecKafkaJmxOptionsAuthentication#type
     */
    readonly type: KafkaSpecKafkaJmxOptionsAuthenticationType;
}
/**
 * Converts an object of type 'KafkaSpecKafkaJmxOptionsAuthentication' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaJmxOptionsAuthentication(obj: KafkaSpecKafkaJmxOptionsAuthentication | undefined): Record<string, any> | undefined;
/**
 * Metrics type. The supported types are `jmxPrometheusExporter` and `strimziMetricsReporter`. Type `jmxPrometheusExporter` uses the Prometheus JMX Exporter to expose Kafka JMX metrics in Prometheus format through an HTTP endpoint. Type `strimziMetricsReporter` uses the Strimzi Metrics Reporter to directly expose Kafka metrics in Prometheus format through an HTTP endpoint.
 *
 * @schema KafkaSpecKafkaMetricsConfigType
 */
export declare enum KafkaSpecKafkaMetricsConfigType {
    /** jmxPrometheusExporter */
    JMX_PROMETHEUS_EXPORTER = "jmxPrometheusExporter",
    /** strimziMetricsReporter */
    STRIMZI_METRICS_REPORTER = "strimziMetricsReporter"
}
/**
 * ConfigMap entry where the Prometheus JMX Exporter configuration is stored.
 *
 * @schema KafkaSpecKafkaMetricsConfigValueFrom
 */
export interface KafkaSpecKafkaMetricsConfigValueFrom {
    /**
     * Reference to the key in the ConfigMap containing the configuration.
     *
     * @schema KafkaSpecKafkaMetricsConfigValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: KafkaSpecKafkaMetricsConfigValueFromConfigMapKeyRef;
}
/**
 * Converts an object of type 'KafkaSpecKafkaMetricsConfigValueFrom' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaMetricsConfigValueFrom(obj: KafkaSpecKafkaMetricsConfigValueFrom | undefined): Record<string, any> | undefined;
/**
 * Configuration values for the Strimzi Metrics Reporter.
 *
 * @schema KafkaSpecKafkaMetricsConfigValues
 */
export interface KafkaSpecKafkaMetricsConfigValues {
    /**
     * A list of regex patterns to filter the metrics to collect. Should contain at least one element.
     *
     * @schema KafkaSpecKafkaMetricsConfigValues#allowList
     */
    readonly allowList?: string[];
}
/**
 * Converts an object of type 'KafkaSpecKafkaMetricsConfigValues' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaMetricsConfigValues(obj: KafkaSpecKafkaMetricsConfigValues | undefined): Record<string, any> | undefined;
/**
 * Logging type, must be either 'inline' or 'external'.
 *
 * @schema KafkaSpecKafkaLoggingType
 */
export declare enum KafkaSpecKafkaLoggingType {
    /** inline */
    INLINE = "inline",
    /** external */
    EXTERNAL = "external"
}
/**
 * `ConfigMap` entry where the logging configuration is stored.
 *
 * @schema KafkaSpecKafkaLoggingValueFrom
 */
export interface KafkaSpecKafkaLoggingValueFrom {
    /**
     * Reference to the key in the ConfigMap containing the configuration.
     *
     * @schema KafkaSpecKafkaLoggingValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: KafkaSpecKafkaLoggingValueFromConfigMapKeyRef;
}
/**
 * Converts an object of type 'KafkaSpecKafkaLoggingValueFrom' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaLoggingValueFrom(obj: KafkaSpecKafkaLoggingValueFrom | undefined): Record<string, any> | undefined;
/**
 * Template for Kafka `Pods`.
 *
 * @schema KafkaSpecKafkaTemplatePod
 */
export interface KafkaSpecKafkaTemplatePod {
    /**
     * Metadata applied to the resource.
     *
     * @schema KafkaSpecKafkaTemplatePod#metadata
     */
    readonly metadata?: KafkaSpecKafkaTemplatePodMetadata;
    /**
     * List of references to secrets in the same namespace to use for pulling any of the images used by this Pod. When the `STRIMZI_IMAGE_PULL_SECRETS` environment variable in Cluster Operator and the `imagePullSecrets` option are specified, only the `imagePullSecrets` variable is used and the `STRIMZI_IMAGE_PULL_SECRETS` variable is ignored.
     *
     * @schema KafkaSpecKafkaTemplatePod#imagePullSecrets
     */
    readonly imagePullSecrets?: KafkaSpecKafkaTemplatePodImagePullSecrets[];
    /**
     * Configures pod-level security attributes and common container settings.
     *
     * @schema KafkaSpecKafkaTemplatePod#securityContext
     */
    readonly securityContext?: KafkaSpecKafkaTemplatePodSecurityContext;
    /**
     * The grace period is the duration in seconds after the processes running in the pod are sent a termination signal, and the time when the processes are forcibly halted with a kill signal. Set this value to longer than the expected cleanup time for your process. Value must be a non-negative integer. A zero value indicates delete immediately. You might need to increase the grace period for very large Kafka clusters, so that the Kafka brokers have enough time to transfer their work to another broker before they are terminated. Defaults to 30 seconds.
     *
     * @default 30 seconds.
     * @schema KafkaSpecKafkaTemplatePod#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * The pod's affinity rules.
     *
     * @schema KafkaSpecKafkaTemplatePod#affinity
     */
    readonly affinity?: KafkaSpecKafkaTemplatePodAffinity;
    /**
     * The pod's tolerations.
     *
     * @schema KafkaSpecKafkaTemplatePod#tolerations
     */
    readonly tolerations?: KafkaSpecKafkaTemplatePodTolerations[];
    /**
     * The pod's topology spread constraints.
     *
     * @schema KafkaSpecKafkaTemplatePod#topologySpreadConstraints
     */
    readonly topologySpreadConstraints?: KafkaSpecKafkaTemplatePodTopologySpreadConstraints[];
    /**
     * The name of the priority class used to assign priority to the pods.
     *
     * @schema KafkaSpecKafkaTemplatePod#priorityClassName
     */
    readonly priorityClassName?: string;
    /**
     * The name of the scheduler used to dispatch this `Pod`. If not specified, the default scheduler will be used.
     *
     * @schema KafkaSpecKafkaTemplatePod#schedulerName
     */
    readonly schedulerName?: string;
    /**
     * The pod's HostAliases. HostAliases is an optional list of hosts and IPs that will be injected into the Pod's hosts file if specified.
     *
     * @schema KafkaSpecKafkaTemplatePod#hostAliases
     */
    readonly hostAliases?: KafkaSpecKafkaTemplatePodHostAliases[];
    /**
     * The pod's DNSPolicy. Defaults to `ClusterFirst`. Valid values are `ClusterFirstWithHostNet`, `ClusterFirst`, `Default` or `None`.
     *
     * @default ClusterFirst`. Valid values are `ClusterFirstWithHostNet`, `ClusterFirst`, `Default` or `None`.
     * @schema KafkaSpecKafkaTemplatePod#dnsPolicy
     */
    readonly dnsPolicy?: KafkaSpecKafkaTemplatePodDnsPolicy;
    /**
     * The pod's DNSConfig. If specified, it will be merged to the generated DNS configuration based on the DNSPolicy.
     *
     * @schema KafkaSpecKafkaTemplatePod#dnsConfig
     */
    readonly dnsConfig?: KafkaSpecKafkaTemplatePodDnsConfig;
    /**
     * Indicates whether information about services should be injected into Pod's environment variables.
     *
     * @schema KafkaSpecKafkaTemplatePod#enableServiceLinks
     */
    readonly enableServiceLinks?: boolean;
    /**
     * Defines the total amount of pod memory allocated for the temporary `EmptyDir` volume `/tmp`. Specify the allocation in memory units, for example, `100Mi` for 100 mebibytes. Default value is `5Mi`. The `/tmp` volume is backed by pod memory, not disk storage, so avoid setting a high value as it consumes pod memory resources.
     *
     * @schema KafkaSpecKafkaTemplatePod#tmpDirSizeLimit
     */
    readonly tmpDirSizeLimit?: string;
    /**
     * Additional volumes that can be mounted to the pod.
     *
     * @schema KafkaSpecKafkaTemplatePod#volumes
     */
    readonly volumes?: KafkaSpecKafkaTemplatePodVolumes[];
    /**
     * Additional volumes that can be mounted to the pod. These volumes can use templates to mount different volumes into individual Pods.
     *
     * @schema KafkaSpecKafkaTemplatePod#templatedVolumes
     */
    readonly templatedVolumes?: KafkaSpecKafkaTemplatePodTemplatedVolumes[];
    /**
     * Use the host user namespace. Optional. Defaults to `true`. When `true` or not set, the pod runs in the host user namespace. This is required when the pod needs features available only in the host namespace, such as loading kernel modules with `CAP_SYS_MODULE`.When set to `false`, the pod runs in a new user namespace. Setting `false` helps mitigate container breakout vulnerabilities and allows containers to run as `root` without granting `root` privileges on the host. This property is alpha-level in Kubernetes and is supported only by Kubernetes clusters that enable the `UserNamespacesSupport` feature.
     *
     * @default true`. When `true` or not set, the pod runs in the host user namespace. This is required when the pod needs features available only in the host namespace, such as loading kernel modules with `CAP_SYS_MODULE`.When set to `false`, the pod runs in a new user namespace. Setting `false` helps mitigate container breakout vulnerabilities and allows containers to run as `root` without granting `root` privileges on the host. This property is alpha-level in Kubernetes and is supported only by Kubernetes clusters that enable the `UserNamespacesSupport` feature.
     * @schema KafkaSpecKafkaTemplatePod#hostUsers
     */
    readonly hostUsers?: boolean;
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplatePod' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplatePod(obj: KafkaSpecKafkaTemplatePod | undefined): Record<string, any> | undefined;
/**
 * Template for Kafka bootstrap `Service`.
 *
 * @schema KafkaSpecKafkaTemplateBootstrapService
 */
export interface KafkaSpecKafkaTemplateBootstrapService {
    /**
     * Metadata applied to the resource.
     *
     * @schema KafkaSpecKafkaTemplateBootstrapService#metadata
     */
    readonly metadata?: KafkaSpecKafkaTemplateBootstrapServiceMetadata;
    /**
     * Specifies the IP Family Policy used by the service. Available options are `SingleStack`, `PreferDualStack` and `RequireDualStack`. `SingleStack` is for a single IP family. `PreferDualStack` is for two IP families on dual-stack configured clusters or a single IP family on single-stack clusters. `RequireDualStack` fails unless there are two IP families on dual-stack configured clusters. If unspecified, Kubernetes will choose the default value based on the service type.
     *
     * @schema KafkaSpecKafkaTemplateBootstrapService#ipFamilyPolicy
     */
    readonly ipFamilyPolicy?: KafkaSpecKafkaTemplateBootstrapServiceIpFamilyPolicy;
    /**
     * Specifies the IP Families used by the service. Available options are `IPv4` and `IPv6`. If unspecified, Kubernetes will choose the default value based on the `ipFamilyPolicy` setting.
     *
     * @schema KafkaSpecKafkaTemplateBootstrapService#ipFamilies
     */
    readonly ipFamilies?: KafkaSpecKafkaTemplateBootstrapServiceIpFamilies[];
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplateBootstrapService' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplateBootstrapService(obj: KafkaSpecKafkaTemplateBootstrapService | undefined): Record<string, any> | undefined;
/**
 * Template for Kafka broker `Service`.
 *
 * @schema KafkaSpecKafkaTemplateBrokersService
 */
export interface KafkaSpecKafkaTemplateBrokersService {
    /**
     * Metadata applied to the resource.
     *
     * @schema KafkaSpecKafkaTemplateBrokersService#metadata
     */
    readonly metadata?: KafkaSpecKafkaTemplateBrokersServiceMetadata;
    /**
     * Specifies the IP Family Policy used by the service. Available options are `SingleStack`, `PreferDualStack` and `RequireDualStack`. `SingleStack` is for a single IP family. `PreferDualStack` is for two IP families on dual-stack configured clusters or a single IP family on single-stack clusters. `RequireDualStack` fails unless there are two IP families on dual-stack configured clusters. If unspecified, Kubernetes will choose the default value based on the service type.
     *
     * @schema KafkaSpecKafkaTemplateBrokersService#ipFamilyPolicy
     */
    readonly ipFamilyPolicy?: KafkaSpecKafkaTemplateBrokersServiceIpFamilyPolicy;
    /**
     * Specifies the IP Families used by the service. Available options are `IPv4` and `IPv6`. If unspecified, Kubernetes will choose the default value based on the `ipFamilyPolicy` setting.
     *
     * @schema KafkaSpecKafkaTemplateBrokersService#ipFamilies
     */
    readonly ipFamilies?: KafkaSpecKafkaTemplateBrokersServiceIpFamilies[];
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplateBrokersService' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplateBrokersService(obj: KafkaSpecKafkaTemplateBrokersService | undefined): Record<string, any> | undefined;
/**
 * Template for Kafka external bootstrap `Service`.
 *
 * @schema KafkaSpecKafkaTemplateExternalBootstrapService
 */
export interface KafkaSpecKafkaTemplateExternalBootstrapService {
    /**
     * Metadata applied to the resource.
     *
     * @schema KafkaSpecKafkaTemplateExternalBootstrapService#metadata
     */
    readonly metadata?: KafkaSpecKafkaTemplateExternalBootstrapServiceMetadata;
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplateExternalBootstrapService' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplateExternalBootstrapService(obj: KafkaSpecKafkaTemplateExternalBootstrapService | undefined): Record<string, any> | undefined;
/**
 * Template for Kafka per-pod `Services` used for access from outside of Kubernetes.
 *
 * @schema KafkaSpecKafkaTemplatePerPodService
 */
export interface KafkaSpecKafkaTemplatePerPodService {
    /**
     * Metadata applied to the resource.
     *
     * @schema KafkaSpecKafkaTemplatePerPodService#metadata
     */
    readonly metadata?: KafkaSpecKafkaTemplatePerPodServiceMetadata;
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplatePerPodService' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplatePerPodService(obj: KafkaSpecKafkaTemplatePerPodService | undefined): Record<string, any> | undefined;
/**
 * Template for Kafka external bootstrap `Route`.
 *
 * @schema KafkaSpecKafkaTemplateExternalBootstrapRoute
 */
export interface KafkaSpecKafkaTemplateExternalBootstrapRoute {
    /**
     * Metadata applied to the resource.
     *
     * @schema KafkaSpecKafkaTemplateExternalBootstrapRoute#metadata
     */
    readonly metadata?: KafkaSpecKafkaTemplateExternalBootstrapRouteMetadata;
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplateExternalBootstrapRoute' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplateExternalBootstrapRoute(obj: KafkaSpecKafkaTemplateExternalBootstrapRoute | undefined): Record<string, any> | undefined;
/**
 * Template for Kafka per-pod `Routes` used for access from outside of OpenShift.
 *
 * @schema KafkaSpecKafkaTemplatePerPodRoute
 */
export interface KafkaSpecKafkaTemplatePerPodRoute {
    /**
     * Metadata applied to the resource.
     *
     * @schema KafkaSpecKafkaTemplatePerPodRoute#metadata
     */
    readonly metadata?: KafkaSpecKafkaTemplatePerPodRouteMetadata;
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplatePerPodRoute' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplatePerPodRoute(obj: KafkaSpecKafkaTemplatePerPodRoute | undefined): Record<string, any> | undefined;
/**
 * Template for Kafka external bootstrap `Ingress`.
 *
 * @schema KafkaSpecKafkaTemplateExternalBootstrapIngress
 */
export interface KafkaSpecKafkaTemplateExternalBootstrapIngress {
    /**
     * Metadata applied to the resource.
     *
     * @schema KafkaSpecKafkaTemplateExternalBootstrapIngress#metadata
     */
    readonly metadata?: KafkaSpecKafkaTemplateExternalBootstrapIngressMetadata;
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplateExternalBootstrapIngress' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplateExternalBootstrapIngress(obj: KafkaSpecKafkaTemplateExternalBootstrapIngress | undefined): Record<string, any> | undefined;
/**
 * Template for Kafka per-pod `Ingress` used for access from outside of Kubernetes.
 *
 * @schema KafkaSpecKafkaTemplatePerPodIngress
 */
export interface KafkaSpecKafkaTemplatePerPodIngress {
    /**
     * Metadata applied to the resource.
     *
     * @schema KafkaSpecKafkaTemplatePerPodIngress#metadata
     */
    readonly metadata?: KafkaSpecKafkaTemplatePerPodIngressMetadata;
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplatePerPodIngress' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplatePerPodIngress(obj: KafkaSpecKafkaTemplatePerPodIngress | undefined): Record<string, any> | undefined;
/**
 * Template for all Kafka `PersistentVolumeClaims`.
 *
 * @schema KafkaSpecKafkaTemplatePersistentVolumeClaim
 */
export interface KafkaSpecKafkaTemplatePersistentVolumeClaim {
    /**
     * Metadata applied to the resource.
     *
     * @schema KafkaSpecKafkaTemplatePersistentVolumeClaim#metadata
     */
    readonly metadata?: KafkaSpecKafkaTemplatePersistentVolumeClaimMetadata;
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplatePersistentVolumeClaim' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplatePersistentVolumeClaim(obj: KafkaSpecKafkaTemplatePersistentVolumeClaim | undefined): Record<string, any> | undefined;
/**
 * Template for Kafka `PodDisruptionBudget`.
 *
 * @schema KafkaSpecKafkaTemplatePodDisruptionBudget
 */
export interface KafkaSpecKafkaTemplatePodDisruptionBudget {
    /**
     * Metadata to apply to the `PodDisruptionBudgetTemplate` resource.
     *
     * @schema KafkaSpecKafkaTemplatePodDisruptionBudget#metadata
     */
    readonly metadata?: KafkaSpecKafkaTemplatePodDisruptionBudgetMetadata;
    /**
     * Maximum number of unavailable pods to allow automatic Pod eviction. A Pod eviction is allowed when the `maxUnavailable` number of pods or fewer are unavailable after the eviction. Setting this value to 0 prevents all voluntary evictions, so the pods must be evicted manually. Defaults to 1.
     *
     * @default 1.
     * @schema KafkaSpecKafkaTemplatePodDisruptionBudget#maxUnavailable
     */
    readonly maxUnavailable?: number;
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplatePodDisruptionBudget' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplatePodDisruptionBudget(obj: KafkaSpecKafkaTemplatePodDisruptionBudget | undefined): Record<string, any> | undefined;
/**
 * Template for the Kafka broker container.
 *
 * @schema KafkaSpecKafkaTemplateKafkaContainer
 */
export interface KafkaSpecKafkaTemplateKafkaContainer {
    /**
     * Environment variables which should be applied to the container.
     *
     * @schema KafkaSpecKafkaTemplateKafkaContainer#env
     */
    readonly env?: KafkaSpecKafkaTemplateKafkaContainerEnv[];
    /**
     * Security context for the container.
     *
     * @schema KafkaSpecKafkaTemplateKafkaContainer#securityContext
     */
    readonly securityContext?: KafkaSpecKafkaTemplateKafkaContainerSecurityContext;
    /**
     * Additional volume mounts which should be applied to the container.
     *
     * @schema KafkaSpecKafkaTemplateKafkaContainer#volumeMounts
     */
    readonly volumeMounts?: KafkaSpecKafkaTemplateKafkaContainerVolumeMounts[];
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplateKafkaContainer' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplateKafkaContainer(obj: KafkaSpecKafkaTemplateKafkaContainer | undefined): Record<string, any> | undefined;
/**
 * Template for the Kafka init container.
 *
 * @schema KafkaSpecKafkaTemplateInitContainer
 */
export interface KafkaSpecKafkaTemplateInitContainer {
    /**
     * Environment variables which should be applied to the container.
     *
     * @schema KafkaSpecKafkaTemplateInitContainer#env
     */
    readonly env?: KafkaSpecKafkaTemplateInitContainerEnv[];
    /**
     * Security context for the container.
     *
     * @schema KafkaSpecKafkaTemplateInitContainer#securityContext
     */
    readonly securityContext?: KafkaSpecKafkaTemplateInitContainerSecurityContext;
    /**
     * Additional volume mounts which should be applied to the container.
     *
     * @schema KafkaSpecKafkaTemplateInitContainer#volumeMounts
     */
    readonly volumeMounts?: KafkaSpecKafkaTemplateInitContainerVolumeMounts[];
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplateInitContainer' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplateInitContainer(obj: KafkaSpecKafkaTemplateInitContainer | undefined): Record<string, any> | undefined;
/**
 * Template for Secret with Kafka Cluster certificate public key.
 *
 * @schema KafkaSpecKafkaTemplateClusterCaCert
 */
export interface KafkaSpecKafkaTemplateClusterCaCert {
    /**
     * Metadata applied to the resource.
     *
     * @schema KafkaSpecKafkaTemplateClusterCaCert#metadata
     */
    readonly metadata?: KafkaSpecKafkaTemplateClusterCaCertMetadata;
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplateClusterCaCert' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplateClusterCaCert(obj: KafkaSpecKafkaTemplateClusterCaCert | undefined): Record<string, any> | undefined;
/**
 * Template for the Kafka service account.
 *
 * @schema KafkaSpecKafkaTemplateServiceAccount
 */
export interface KafkaSpecKafkaTemplateServiceAccount {
    /**
     * Metadata applied to the resource.
     *
     * @schema KafkaSpecKafkaTemplateServiceAccount#metadata
     */
    readonly metadata?: KafkaSpecKafkaTemplateServiceAccountMetadata;
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplateServiceAccount' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplateServiceAccount(obj: KafkaSpecKafkaTemplateServiceAccount | undefined): Record<string, any> | undefined;
/**
 * Template for Secret of the Kafka Cluster JMX authentication.
 *
 * @schema KafkaSpecKafkaTemplateJmxSecret
 */
export interface KafkaSpecKafkaTemplateJmxSecret {
    /**
     * Metadata applied to the resource.
     *
     * @schema KafkaSpecKafkaTemplateJmxSecret#metadata
     */
    readonly metadata?: KafkaSpecKafkaTemplateJmxSecretMetadata;
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplateJmxSecret' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplateJmxSecret(obj: KafkaSpecKafkaTemplateJmxSecret | undefined): Record<string, any> | undefined;
/**
 * Template for the Kafka ClusterRoleBinding.
 *
 * @schema KafkaSpecKafkaTemplateClusterRoleBinding
 */
export interface KafkaSpecKafkaTemplateClusterRoleBinding {
    /**
     * Metadata applied to the resource.
     *
     * @schema KafkaSpecKafkaTemplateClusterRoleBinding#metadata
     */
    readonly metadata?: KafkaSpecKafkaTemplateClusterRoleBindingMetadata;
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplateClusterRoleBinding' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplateClusterRoleBinding(obj: KafkaSpecKafkaTemplateClusterRoleBinding | undefined): Record<string, any> | undefined;
/**
 * Template for Kafka `StrimziPodSet` resource.
 *
 * @schema KafkaSpecKafkaTemplatePodSet
 */
export interface KafkaSpecKafkaTemplatePodSet {
    /**
     * Metadata applied to the resource.
     *
     * @schema KafkaSpecKafkaTemplatePodSet#metadata
     */
    readonly metadata?: KafkaSpecKafkaTemplatePodSetMetadata;
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplatePodSet' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplatePodSet(obj: KafkaSpecKafkaTemplatePodSet | undefined): Record<string, any> | undefined;
/**
 * Configuration for the Remote Storage Manager.
 *
 * @schema KafkaSpecKafkaTieredStorageRemoteStorageManager
 */
export interface KafkaSpecKafkaTieredStorageRemoteStorageManager {
    /**
     * The class name for the `RemoteStorageManager` implementation.
     *
     * @schema KafkaSpecKafkaTieredStorageRemoteStorageManager#className
     */
    readonly className?: string;
    /**
     * The class path for the `RemoteStorageManager` implementation.
     *
     * @schema KafkaSpecKafkaTieredStorageRemoteStorageManager#classPath
     */
    readonly classPath?: string;
    /**
     * The additional configuration map for the `RemoteStorageManager` implementation. Keys will be automatically prefixed with `rsm.config.`, and added to Kafka broker configuration.
     *
     * @schema KafkaSpecKafkaTieredStorageRemoteStorageManager#config
     */
    readonly config?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaSpecKafkaTieredStorageRemoteStorageManager' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTieredStorageRemoteStorageManager(obj: KafkaSpecKafkaTieredStorageRemoteStorageManager | undefined): Record<string, any> | undefined;
/**
 * Storage type, only 'custom' is supported at the moment.
 *
 * @schema KafkaSpecKafkaTieredStorageType
 */
export declare enum KafkaSpecKafkaTieredStorageType {
    /** custom */
    CUSTOM = "custom"
}
/**
 * Quotas plugin type. Currently, the supported types are `kafka` and `strimzi`. `kafka` quotas type uses Kafka's built-in quotas plugin. `strimzi` quotas type uses Strimzi quotas plugin.
 *
 * @schema KafkaSpecKafkaQuotasType
 */
export declare enum KafkaSpecKafkaQuotasType {
    /** kafka */
    KAFKA = "kafka",
    /** strimzi */
    STRIMZI = "strimzi"
}
/**
 * Pod startup checking.
 *
 * @schema KafkaSpecEntityOperatorTopicOperatorStartupProbe
 */
export interface KafkaSpecEntityOperatorTopicOperatorStartupProbe {
    /**
     * The initial delay before first the health is first checked. Default to 15 seconds. Minimum value is 0.
     *
     * @default 15 seconds. Minimum value is 0.
     * @schema KafkaSpecEntityOperatorTopicOperatorStartupProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * The timeout for each attempted health check. Default to 5 seconds. Minimum value is 1.
     *
     * @default 5 seconds. Minimum value is 1.
     * @schema KafkaSpecEntityOperatorTopicOperatorStartupProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
    /**
     * How often (in seconds) to perform the probe. Default to 10 seconds. Minimum value is 1.
     *
     * @default 10 seconds. Minimum value is 1.
     * @schema KafkaSpecEntityOperatorTopicOperatorStartupProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * Minimum consecutive successes for the probe to be considered successful after having failed. Defaults to 1. Must be 1 for liveness. Minimum value is 1.
     *
     * @default 1. Must be 1 for liveness. Minimum value is 1.
     * @schema KafkaSpecEntityOperatorTopicOperatorStartupProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * Minimum consecutive failures for the probe to be considered failed after having succeeded. Defaults to 3. Minimum value is 1.
     *
     * @default 3. Minimum value is 1.
     * @schema KafkaSpecEntityOperatorTopicOperatorStartupProbe#failureThreshold
     */
    readonly failureThreshold?: number;
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTopicOperatorStartupProbe' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTopicOperatorStartupProbe(obj: KafkaSpecEntityOperatorTopicOperatorStartupProbe | undefined): Record<string, any> | undefined;
/**
 * Pod liveness checking.
 *
 * @schema KafkaSpecEntityOperatorTopicOperatorLivenessProbe
 */
export interface KafkaSpecEntityOperatorTopicOperatorLivenessProbe {
    /**
     * The initial delay before first the health is first checked. Default to 15 seconds. Minimum value is 0.
     *
     * @default 15 seconds. Minimum value is 0.
     * @schema KafkaSpecEntityOperatorTopicOperatorLivenessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * The timeout for each attempted health check. Default to 5 seconds. Minimum value is 1.
     *
     * @default 5 seconds. Minimum value is 1.
     * @schema KafkaSpecEntityOperatorTopicOperatorLivenessProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
    /**
     * How often (in seconds) to perform the probe. Default to 10 seconds. Minimum value is 1.
     *
     * @default 10 seconds. Minimum value is 1.
     * @schema KafkaSpecEntityOperatorTopicOperatorLivenessProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * Minimum consecutive successes for the probe to be considered successful after having failed. Defaults to 1. Must be 1 for liveness. Minimum value is 1.
     *
     * @default 1. Must be 1 for liveness. Minimum value is 1.
     * @schema KafkaSpecEntityOperatorTopicOperatorLivenessProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * Minimum consecutive failures for the probe to be considered failed after having succeeded. Defaults to 3. Minimum value is 1.
     *
     * @default 3. Minimum value is 1.
     * @schema KafkaSpecEntityOperatorTopicOperatorLivenessProbe#failureThreshold
     */
    readonly failureThreshold?: number;
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTopicOperatorLivenessProbe' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTopicOperatorLivenessProbe(obj: KafkaSpecEntityOperatorTopicOperatorLivenessProbe | undefined): Record<string, any> | undefined;
/**
 * Pod readiness checking.
 *
 * @schema KafkaSpecEntityOperatorTopicOperatorReadinessProbe
 */
export interface KafkaSpecEntityOperatorTopicOperatorReadinessProbe {
    /**
     * The initial delay before first the health is first checked. Default to 15 seconds. Minimum value is 0.
     *
     * @default 15 seconds. Minimum value is 0.
     * @schema KafkaSpecEntityOperatorTopicOperatorReadinessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * The timeout for each attempted health check. Default to 5 seconds. Minimum value is 1.
     *
     * @default 5 seconds. Minimum value is 1.
     * @schema KafkaSpecEntityOperatorTopicOperatorReadinessProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
    /**
     * How often (in seconds) to perform the probe. Default to 10 seconds. Minimum value is 1.
     *
     * @default 10 seconds. Minimum value is 1.
     * @schema KafkaSpecEntityOperatorTopicOperatorReadinessProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * Minimum consecutive successes for the probe to be considered successful after having failed. Defaults to 1. Must be 1 for liveness. Minimum value is 1.
     *
     * @default 1. Must be 1 for liveness. Minimum value is 1.
     * @schema KafkaSpecEntityOperatorTopicOperatorReadinessProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * Minimum consecutive failures for the probe to be considered failed after having succeeded. Defaults to 3. Minimum value is 1.
     *
     * @default 3. Minimum value is 1.
     * @schema KafkaSpecEntityOperatorTopicOperatorReadinessProbe#failureThreshold
     */
    readonly failureThreshold?: number;
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTopicOperatorReadinessProbe' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTopicOperatorReadinessProbe(obj: KafkaSpecEntityOperatorTopicOperatorReadinessProbe | undefined): Record<string, any> | undefined;
/**
 * CPU and memory resources to reserve.
 *
 * @schema KafkaSpecEntityOperatorTopicOperatorResources
 */
export interface KafkaSpecEntityOperatorTopicOperatorResources {
    /**
     * @schema KafkaSpecEntityOperatorTopicOperatorResources#claims
     */
    readonly claims?: KafkaSpecEntityOperatorTopicOperatorResourcesClaims[];
    /**
     * @schema KafkaSpecEntityOperatorTopicOperatorResources#limits
     */
    readonly limits?: {
        [key: string]: KafkaSpecEntityOperatorTopicOperatorResourcesLimits;
    };
    /**
     * @schema KafkaSpecEntityOperatorTopicOperatorResources#requests
     */
    readonly requests?: {
        [key: string]: KafkaSpecEntityOperatorTopicOperatorResourcesRequests;
    };
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTopicOperatorResources' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTopicOperatorResources(obj: KafkaSpecEntityOperatorTopicOperatorResources | undefined): Record<string, any> | undefined;
/**
 * Logging configuration.
 *
 * @schema KafkaSpecEntityOperatorTopicOperatorLogging
 */
export interface KafkaSpecEntityOperatorTopicOperatorLogging {
    /**
     * A Map from logger name to logger level.
     *
     * @schema KafkaSpecEntityOperatorTopicOperatorLogging#loggers
     */
    readonly loggers?: {
        [key: string]: string;
    };
    /**
     * Logging type, must be either 'inline' or 'external'.
     *
     * @schema KafkaSpecEntityOperatorTopicOperatorLogging#type
     */
    readonly type: KafkaSpecEntityOperatorTopicOperatorLoggingType;
    /**
     * `ConfigMap` entry where the logging configuration is stored.
     *
     * @schema KafkaSpecEntityOperatorTopicOperatorLogging#valueFrom
     */
    readonly valueFrom?: KafkaSpecEntityOperatorTopicOperatorLoggingValueFrom;
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTopicOperatorLogging' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTopicOperatorLogging(obj: KafkaSpecEntityOperatorTopicOperatorLogging | undefined): Record<string, any> | undefined;
/**
 * JVM Options for pods.
 *
 * @schema KafkaSpecEntityOperatorTopicOperatorJvmOptions
 */
export interface KafkaSpecEntityOperatorTopicOperatorJvmOptions {
    /**
     * A map of -XX options to the JVM.
     *
     * @schema KafkaSpecEntityOperatorTopicOperatorJvmOptions#-XX
     */
    readonly xx?: {
        [key: string]: string;
    };
    /**
     * -Xmx option to to the JVM.
     *
     * @schema KafkaSpecEntityOperatorTopicOperatorJvmOptions#-Xmx
     */
    readonly xmx?: string;
    /**
     * -Xms option to to the JVM.
     *
     * @schema KafkaSpecEntityOperatorTopicOperatorJvmOptions#-Xms
     */
    readonly xms?: string;
    /**
     * Specifies whether the Garbage Collection logging is enabled. The default is false.
     *
     * @schema KafkaSpecEntityOperatorTopicOperatorJvmOptions#gcLoggingEnabled
     */
    readonly gcLoggingEnabled?: boolean;
    /**
     * A map of additional system properties which will be passed using the `-D` option to the JVM.
     *
     * @schema KafkaSpecEntityOperatorTopicOperatorJvmOptions#javaSystemProperties
     */
    readonly javaSystemProperties?: KafkaSpecEntityOperatorTopicOperatorJvmOptionsJavaSystemProperties[];
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTopicOperatorJvmOptions' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTopicOperatorJvmOptions(obj: KafkaSpecEntityOperatorTopicOperatorJvmOptions | undefined): Record<string, any> | undefined;
/**
 * Pod liveness checking.
 *
 * @schema KafkaSpecEntityOperatorUserOperatorLivenessProbe
 */
export interface KafkaSpecEntityOperatorUserOperatorLivenessProbe {
    /**
     * The initial delay before first the health is first checked. Default to 15 seconds. Minimum value is 0.
     *
     * @default 15 seconds. Minimum value is 0.
     * @schema KafkaSpecEntityOperatorUserOperatorLivenessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * The timeout for each attempted health check. Default to 5 seconds. Minimum value is 1.
     *
     * @default 5 seconds. Minimum value is 1.
     * @schema KafkaSpecEntityOperatorUserOperatorLivenessProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
    /**
     * How often (in seconds) to perform the probe. Default to 10 seconds. Minimum value is 1.
     *
     * @default 10 seconds. Minimum value is 1.
     * @schema KafkaSpecEntityOperatorUserOperatorLivenessProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * Minimum consecutive successes for the probe to be considered successful after having failed. Defaults to 1. Must be 1 for liveness. Minimum value is 1.
     *
     * @default 1. Must be 1 for liveness. Minimum value is 1.
     * @schema KafkaSpecEntityOperatorUserOperatorLivenessProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * Minimum consecutive failures for the probe to be considered failed after having succeeded. Defaults to 3. Minimum value is 1.
     *
     * @default 3. Minimum value is 1.
     * @schema KafkaSpecEntityOperatorUserOperatorLivenessProbe#failureThreshold
     */
    readonly failureThreshold?: number;
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorUserOperatorLivenessProbe' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorUserOperatorLivenessProbe(obj: KafkaSpecEntityOperatorUserOperatorLivenessProbe | undefined): Record<string, any> | undefined;
/**
 * Pod readiness checking.
 *
 * @schema KafkaSpecEntityOperatorUserOperatorReadinessProbe
 */
export interface KafkaSpecEntityOperatorUserOperatorReadinessProbe {
    /**
     * The initial delay before first the health is first checked. Default to 15 seconds. Minimum value is 0.
     *
     * @default 15 seconds. Minimum value is 0.
     * @schema KafkaSpecEntityOperatorUserOperatorReadinessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * The timeout for each attempted health check. Default to 5 seconds. Minimum value is 1.
     *
     * @default 5 seconds. Minimum value is 1.
     * @schema KafkaSpecEntityOperatorUserOperatorReadinessProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
    /**
     * How often (in seconds) to perform the probe. Default to 10 seconds. Minimum value is 1.
     *
     * @default 10 seconds. Minimum value is 1.
     * @schema KafkaSpecEntityOperatorUserOperatorReadinessProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * Minimum consecutive successes for the probe to be considered successful after having failed. Defaults to 1. Must be 1 for liveness. Minimum value is 1.
     *
     * @default 1. Must be 1 for liveness. Minimum value is 1.
     * @schema KafkaSpecEntityOperatorUserOperatorReadinessProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * Minimum consecutive failures for the probe to be considered failed after having succeeded. Defaults to 3. Minimum value is 1.
     *
     * @default 3. Minimum value is 1.
     * @schema KafkaSpecEntityOperatorUserOperatorReadinessProbe#failureThreshold
     */
    readonly failureThreshold?: number;
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorUserOperatorReadinessProbe' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorUserOperatorReadinessProbe(obj: KafkaSpecEntityOperatorUserOperatorReadinessProbe | undefined): Record<string, any> | undefined;
/**
 * CPU and memory resources to reserve.
 *
 * @schema KafkaSpecEntityOperatorUserOperatorResources
 */
export interface KafkaSpecEntityOperatorUserOperatorResources {
    /**
     * @schema KafkaSpecEntityOperatorUserOperatorResources#claims
     */
    readonly claims?: KafkaSpecEntityOperatorUserOperatorResourcesClaims[];
    /**
     * @schema KafkaSpecEntityOperatorUserOperatorResources#limits
     */
    readonly limits?: {
        [key: string]: KafkaSpecEntityOperatorUserOperatorResourcesLimits;
    };
    /**
     * @schema KafkaSpecEntityOperatorUserOperatorResources#requests
     */
    readonly requests?: {
        [key: string]: KafkaSpecEntityOperatorUserOperatorResourcesRequests;
    };
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorUserOperatorResources' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorUserOperatorResources(obj: KafkaSpecEntityOperatorUserOperatorResources | undefined): Record<string, any> | undefined;
/**
 * Logging configuration.
 *
 * @schema KafkaSpecEntityOperatorUserOperatorLogging
 */
export interface KafkaSpecEntityOperatorUserOperatorLogging {
    /**
     * A Map from logger name to logger level.
     *
     * @schema KafkaSpecEntityOperatorUserOperatorLogging#loggers
     */
    readonly loggers?: {
        [key: string]: string;
    };
    /**
     * Logging type, must be either 'inline' or 'external'.
     *
     * @schema KafkaSpecEntityOperatorUserOperatorLogging#type
     */
    readonly type: KafkaSpecEntityOperatorUserOperatorLoggingType;
    /**
     * `ConfigMap` entry where the logging configuration is stored.
     *
     * @schema KafkaSpecEntityOperatorUserOperatorLogging#valueFrom
     */
    readonly valueFrom?: KafkaSpecEntityOperatorUserOperatorLoggingValueFrom;
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorUserOperatorLogging' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorUserOperatorLogging(obj: KafkaSpecEntityOperatorUserOperatorLogging | undefined): Record<string, any> | undefined;
/**
 * JVM Options for pods.
 *
 * @schema KafkaSpecEntityOperatorUserOperatorJvmOptions
 */
export interface KafkaSpecEntityOperatorUserOperatorJvmOptions {
    /**
     * A map of -XX options to the JVM.
     *
     * @schema KafkaSpecEntityOperatorUserOperatorJvmOptions#-XX
     */
    readonly xx?: {
        [key: string]: string;
    };
    /**
     * -Xmx option to to the JVM.
     *
     * @schema KafkaSpecEntityOperatorUserOperatorJvmOptions#-Xmx
     */
    readonly xmx?: string;
    /**
     * -Xms option to to the JVM.
     *
     * @schema KafkaSpecEntityOperatorUserOperatorJvmOptions#-Xms
     */
    readonly xms?: string;
    /**
     * Specifies whether the Garbage Collection logging is enabled. The default is false.
     *
     * @schema KafkaSpecEntityOperatorUserOperatorJvmOptions#gcLoggingEnabled
     */
    readonly gcLoggingEnabled?: boolean;
    /**
     * A map of additional system properties which will be passed using the `-D` option to the JVM.
     *
     * @schema KafkaSpecEntityOperatorUserOperatorJvmOptions#javaSystemProperties
     */
    readonly javaSystemProperties?: KafkaSpecEntityOperatorUserOperatorJvmOptionsJavaSystemProperties[];
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorUserOperatorJvmOptions' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorUserOperatorJvmOptions(obj: KafkaSpecEntityOperatorUserOperatorJvmOptions | undefined): Record<string, any> | undefined;
/**
 * Template for Entity Operator `Deployment`.
 *
 * @schema KafkaSpecEntityOperatorTemplateDeployment
 */
export interface KafkaSpecEntityOperatorTemplateDeployment {
    /**
     * Metadata applied to the resource.
     *
     * @schema KafkaSpecEntityOperatorTemplateDeployment#metadata
     */
    readonly metadata?: KafkaSpecEntityOperatorTemplateDeploymentMetadata;
    /**
     * Pod replacement strategy for deployment configuration changes. Valid values are `RollingUpdate` and `Recreate`. Defaults to `RollingUpdate`.
     *
     * @default RollingUpdate`.
     * @schema KafkaSpecEntityOperatorTemplateDeployment#deploymentStrategy
     */
    readonly deploymentStrategy?: KafkaSpecEntityOperatorTemplateDeploymentDeploymentStrategy;
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplateDeployment' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplateDeployment(obj: KafkaSpecEntityOperatorTemplateDeployment | undefined): Record<string, any> | undefined;
/**
 * Template for Entity Operator `Pods`.
 *
 * @schema KafkaSpecEntityOperatorTemplatePod
 */
export interface KafkaSpecEntityOperatorTemplatePod {
    /**
     * Metadata applied to the resource.
     *
     * @schema KafkaSpecEntityOperatorTemplatePod#metadata
     */
    readonly metadata?: KafkaSpecEntityOperatorTemplatePodMetadata;
    /**
     * List of references to secrets in the same namespace to use for pulling any of the images used by this Pod. When the `STRIMZI_IMAGE_PULL_SECRETS` environment variable in Cluster Operator and the `imagePullSecrets` option are specified, only the `imagePullSecrets` variable is used and the `STRIMZI_IMAGE_PULL_SECRETS` variable is ignored.
     *
     * @schema KafkaSpecEntityOperatorTemplatePod#imagePullSecrets
     */
    readonly imagePullSecrets?: KafkaSpecEntityOperatorTemplatePodImagePullSecrets[];
    /**
     * Configures pod-level security attributes and common container settings.
     *
     * @schema KafkaSpecEntityOperatorTemplatePod#securityContext
     */
    readonly securityContext?: KafkaSpecEntityOperatorTemplatePodSecurityContext;
    /**
     * The grace period is the duration in seconds after the processes running in the pod are sent a termination signal, and the time when the processes are forcibly halted with a kill signal. Set this value to longer than the expected cleanup time for your process. Value must be a non-negative integer. A zero value indicates delete immediately. You might need to increase the grace period for very large Kafka clusters, so that the Kafka brokers have enough time to transfer their work to another broker before they are terminated. Defaults to 30 seconds.
     *
     * @default 30 seconds.
     * @schema KafkaSpecEntityOperatorTemplatePod#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * The pod's affinity rules.
     *
     * @schema KafkaSpecEntityOperatorTemplatePod#affinity
     */
    readonly affinity?: KafkaSpecEntityOperatorTemplatePodAffinity;
    /**
     * The pod's tolerations.
     *
     * @schema KafkaSpecEntityOperatorTemplatePod#tolerations
     */
    readonly tolerations?: KafkaSpecEntityOperatorTemplatePodTolerations[];
    /**
     * The pod's topology spread constraints.
     *
     * @schema KafkaSpecEntityOperatorTemplatePod#topologySpreadConstraints
     */
    readonly topologySpreadConstraints?: KafkaSpecEntityOperatorTemplatePodTopologySpreadConstraints[];
    /**
     * The name of the priority class used to assign priority to the pods.
     *
     * @schema KafkaSpecEntityOperatorTemplatePod#priorityClassName
     */
    readonly priorityClassName?: string;
    /**
     * The name of the scheduler used to dispatch this `Pod`. If not specified, the default scheduler will be used.
     *
     * @schema KafkaSpecEntityOperatorTemplatePod#schedulerName
     */
    readonly schedulerName?: string;
    /**
     * The pod's HostAliases. HostAliases is an optional list of hosts and IPs that will be injected into the Pod's hosts file if specified.
     *
     * @schema KafkaSpecEntityOperatorTemplatePod#hostAliases
     */
    readonly hostAliases?: KafkaSpecEntityOperatorTemplatePodHostAliases[];
    /**
     * The pod's DNSPolicy. Defaults to `ClusterFirst`. Valid values are `ClusterFirstWithHostNet`, `ClusterFirst`, `Default` or `None`.
     *
     * @default ClusterFirst`. Valid values are `ClusterFirstWithHostNet`, `ClusterFirst`, `Default` or `None`.
     * @schema KafkaSpecEntityOperatorTemplatePod#dnsPolicy
     */
    readonly dnsPolicy?: KafkaSpecEntityOperatorTemplatePodDnsPolicy;
    /**
     * The pod's DNSConfig. If specified, it will be merged to the generated DNS configuration based on the DNSPolicy.
     *
     * @schema KafkaSpecEntityOperatorTemplatePod#dnsConfig
     */
    readonly dnsConfig?: KafkaSpecEntityOperatorTemplatePodDnsConfig;
    /**
     * Indicates whether information about services should be injected into Pod's environment variables.
     *
     * @schema KafkaSpecEntityOperatorTemplatePod#enableServiceLinks
     */
    readonly enableServiceLinks?: boolean;
    /**
     * Defines the total amount of pod memory allocated for the temporary `EmptyDir` volume `/tmp`. Specify the allocation in memory units, for example, `100Mi` for 100 mebibytes. Default value is `5Mi`. The `/tmp` volume is backed by pod memory, not disk storage, so avoid setting a high value as it consumes pod memory resources.
     *
     * @schema KafkaSpecEntityOperatorTemplatePod#tmpDirSizeLimit
     */
    readonly tmpDirSizeLimit?: string;
    /**
     * Additional volumes that can be mounted to the pod.
     *
     * @schema KafkaSpecEntityOperatorTemplatePod#volumes
     */
    readonly volumes?: KafkaSpecEntityOperatorTemplatePodVolumes[];
    /**
     * Use the host user namespace. Optional. Defaults to `true`. When `true` or not set, the pod runs in the host user namespace. This is required when the pod needs features available only in the host namespace, such as loading kernel modules with `CAP_SYS_MODULE`.When set to `false`, the pod runs in a new user namespace. Setting `false` helps mitigate container breakout vulnerabilities and allows containers to run as `root` without granting `root` privileges on the host. This property is alpha-level in Kubernetes and is supported only by Kubernetes clusters that enable the `UserNamespacesSupport` feature.
     *
     * @default true`. When `true` or not set, the pod runs in the host user namespace. This is required when the pod needs features available only in the host namespace, such as loading kernel modules with `CAP_SYS_MODULE`.When set to `false`, the pod runs in a new user namespace. Setting `false` helps mitigate container breakout vulnerabilities and allows containers to run as `root` without granting `root` privileges on the host. This property is alpha-level in Kubernetes and is supported only by Kubernetes clusters that enable the `UserNamespacesSupport` feature.
     * @schema KafkaSpecEntityOperatorTemplatePod#hostUsers
     */
    readonly hostUsers?: boolean;
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplatePod' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplatePod(obj: KafkaSpecEntityOperatorTemplatePod | undefined): Record<string, any> | undefined;
/**
 * Template for the Entity Topic Operator container.
 *
 * @schema KafkaSpecEntityOperatorTemplateTopicOperatorContainer
 */
export interface KafkaSpecEntityOperatorTemplateTopicOperatorContainer {
    /**
     * Environment variables which should be applied to the container.
     *
     * @schema KafkaSpecEntityOperatorTemplateTopicOperatorContainer#env
     */
    readonly env?: KafkaSpecEntityOperatorTemplateTopicOperatorContainerEnv[];
    /**
     * Security context for the container.
     *
     * @schema KafkaSpecEntityOperatorTemplateTopicOperatorContainer#securityContext
     */
    readonly securityContext?: KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContext;
    /**
     * Additional volume mounts which should be applied to the container.
     *
     * @schema KafkaSpecEntityOperatorTemplateTopicOperatorContainer#volumeMounts
     */
    readonly volumeMounts?: KafkaSpecEntityOperatorTemplateTopicOperatorContainerVolumeMounts[];
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplateTopicOperatorContainer' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplateTopicOperatorContainer(obj: KafkaSpecEntityOperatorTemplateTopicOperatorContainer | undefined): Record<string, any> | undefined;
/**
 * Template for the Entity User Operator container.
 *
 * @schema KafkaSpecEntityOperatorTemplateUserOperatorContainer
 */
export interface KafkaSpecEntityOperatorTemplateUserOperatorContainer {
    /**
     * Environment variables which should be applied to the container.
     *
     * @schema KafkaSpecEntityOperatorTemplateUserOperatorContainer#env
     */
    readonly env?: KafkaSpecEntityOperatorTemplateUserOperatorContainerEnv[];
    /**
     * Security context for the container.
     *
     * @schema KafkaSpecEntityOperatorTemplateUserOperatorContainer#securityContext
     */
    readonly securityContext?: KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContext;
    /**
     * Additional volume mounts which should be applied to the container.
     *
     * @schema KafkaSpecEntityOperatorTemplateUserOperatorContainer#volumeMounts
     */
    readonly volumeMounts?: KafkaSpecEntityOperatorTemplateUserOperatorContainerVolumeMounts[];
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplateUserOperatorContainer' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplateUserOperatorContainer(obj: KafkaSpecEntityOperatorTemplateUserOperatorContainer | undefined): Record<string, any> | undefined;
/**
 * Template for the Entity Operator service account.
 *
 * @schema KafkaSpecEntityOperatorTemplateServiceAccount
 */
export interface KafkaSpecEntityOperatorTemplateServiceAccount {
    /**
     * Metadata applied to the resource.
     *
     * @schema KafkaSpecEntityOperatorTemplateServiceAccount#metadata
     */
    readonly metadata?: KafkaSpecEntityOperatorTemplateServiceAccountMetadata;
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplateServiceAccount' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplateServiceAccount(obj: KafkaSpecEntityOperatorTemplateServiceAccount | undefined): Record<string, any> | undefined;
/**
 * Template for the Entity Operator Pod Disruption Budget.
 *
 * @schema KafkaSpecEntityOperatorTemplatePodDisruptionBudget
 */
export interface KafkaSpecEntityOperatorTemplatePodDisruptionBudget {
    /**
     * Metadata to apply to the `PodDisruptionBudgetTemplate` resource.
     *
     * @schema KafkaSpecEntityOperatorTemplatePodDisruptionBudget#metadata
     */
    readonly metadata?: KafkaSpecEntityOperatorTemplatePodDisruptionBudgetMetadata;
    /**
     * Maximum number of unavailable pods to allow automatic Pod eviction. A Pod eviction is allowed when the `maxUnavailable` number of pods or fewer are unavailable after the eviction. Setting this value to 0 prevents all voluntary evictions, so the pods must be evicted manually. Defaults to 1.
     *
     * @default 1.
     * @schema KafkaSpecEntityOperatorTemplatePodDisruptionBudget#maxUnavailable
     */
    readonly maxUnavailable?: number;
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplatePodDisruptionBudget' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplatePodDisruptionBudget(obj: KafkaSpecEntityOperatorTemplatePodDisruptionBudget | undefined): Record<string, any> | undefined;
/**
 * Template for the Entity Operator Role.
 *
 * @schema KafkaSpecEntityOperatorTemplateEntityOperatorRole
 */
export interface KafkaSpecEntityOperatorTemplateEntityOperatorRole {
    /**
     * Metadata applied to the resource.
     *
     * @schema KafkaSpecEntityOperatorTemplateEntityOperatorRole#metadata
     */
    readonly metadata?: KafkaSpecEntityOperatorTemplateEntityOperatorRoleMetadata;
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplateEntityOperatorRole' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplateEntityOperatorRole(obj: KafkaSpecEntityOperatorTemplateEntityOperatorRole | undefined): Record<string, any> | undefined;
/**
 * Template for the Entity Topic Operator RoleBinding.
 *
 * @schema KafkaSpecEntityOperatorTemplateTopicOperatorRoleBinding
 */
export interface KafkaSpecEntityOperatorTemplateTopicOperatorRoleBinding {
    /**
     * Metadata applied to the resource.
     *
     * @schema KafkaSpecEntityOperatorTemplateTopicOperatorRoleBinding#metadata
     */
    readonly metadata?: KafkaSpecEntityOperatorTemplateTopicOperatorRoleBindingMetadata;
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplateTopicOperatorRoleBinding' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplateTopicOperatorRoleBinding(obj: KafkaSpecEntityOperatorTemplateTopicOperatorRoleBinding | undefined): Record<string, any> | undefined;
/**
 * Template for the Entity Topic Operator RoleBinding.
 *
 * @schema KafkaSpecEntityOperatorTemplateUserOperatorRoleBinding
 */
export interface KafkaSpecEntityOperatorTemplateUserOperatorRoleBinding {
    /**
     * Metadata applied to the resource.
     *
     * @schema KafkaSpecEntityOperatorTemplateUserOperatorRoleBinding#metadata
     */
    readonly metadata?: KafkaSpecEntityOperatorTemplateUserOperatorRoleBindingMetadata;
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplateUserOperatorRoleBinding' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplateUserOperatorRoleBinding(obj: KafkaSpecEntityOperatorTemplateUserOperatorRoleBinding | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecCruiseControlResourcesClaims
 */
export interface KafkaSpecCruiseControlResourcesClaims {
    /**
     * @schema KafkaSpecCruiseControlResourcesClaims#name
     */
    readonly name?: string;
    /**
     * @schema KafkaSpecCruiseControlResourcesClaims#request
     */
    readonly request?: string;
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlResourcesClaims' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlResourcesClaims(obj: KafkaSpecCruiseControlResourcesClaims | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecCruiseControlResourcesLimits
 */
export declare class KafkaSpecCruiseControlResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): KafkaSpecCruiseControlResourcesLimits;
    static fromString(value: string): KafkaSpecCruiseControlResourcesLimits;
    private constructor();
}
/**
 * @schema KafkaSpecCruiseControlResourcesRequests
 */
export declare class KafkaSpecCruiseControlResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): KafkaSpecCruiseControlResourcesRequests;
    static fromString(value: string): KafkaSpecCruiseControlResourcesRequests;
    private constructor();
}
/**
 * @schema KafkaSpecCruiseControlJvmOptionsJavaSystemProperties
 */
export interface KafkaSpecCruiseControlJvmOptionsJavaSystemProperties {
    /**
     * The system property name.
     *
     * @schema KafkaSpecCruiseControlJvmOptionsJavaSystemProperties#name
     */
    readonly name?: string;
    /**
     * The system property value.
     *
     * @schema KafkaSpecCruiseControlJvmOptionsJavaSystemProperties#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlJvmOptionsJavaSystemProperties' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlJvmOptionsJavaSystemProperties(obj: KafkaSpecCruiseControlJvmOptionsJavaSystemProperties | undefined): Record<string, any> | undefined;
/**
 * Logging type, must be either 'inline' or 'external'.
 *
 * @schema KafkaSpecCruiseControlLoggingType
 */
export declare enum KafkaSpecCruiseControlLoggingType {
    /** inline */
    INLINE = "inline",
    /** external */
    EXTERNAL = "external"
}
/**
 * `ConfigMap` entry where the logging configuration is stored.
 *
 * @schema KafkaSpecCruiseControlLoggingValueFrom
 */
export interface KafkaSpecCruiseControlLoggingValueFrom {
    /**
     * Reference to the key in the ConfigMap containing the configuration.
     *
     * @schema KafkaSpecCruiseControlLoggingValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: KafkaSpecCruiseControlLoggingValueFromConfigMapKeyRef;
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlLoggingValueFrom' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlLoggingValueFrom(obj: KafkaSpecCruiseControlLoggingValueFrom | undefined): Record<string, any> | undefined;
/**
 * Template for Cruise Control `Deployment`.
 *
 * @schema KafkaSpecCruiseControlTemplateDeployment
 */
export interface KafkaSpecCruiseControlTemplateDeployment {
    /**
     * Metadata applied to the resource.
     *
     * @schema KafkaSpecCruiseControlTemplateDeployment#metadata
     */
    readonly metadata?: KafkaSpecCruiseControlTemplateDeploymentMetadata;
    /**
     * Pod replacement strategy for deployment configuration changes. Valid values are `RollingUpdate` and `Recreate`. Defaults to `RollingUpdate`.
     *
     * @default RollingUpdate`.
     * @schema KafkaSpecCruiseControlTemplateDeployment#deploymentStrategy
     */
    readonly deploymentStrategy?: KafkaSpecCruiseControlTemplateDeploymentDeploymentStrategy;
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlTemplateDeployment' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlTemplateDeployment(obj: KafkaSpecCruiseControlTemplateDeployment | undefined): Record<string, any> | undefined;
/**
 * Template for Cruise Control `Pods`.
 *
 * @schema KafkaSpecCruiseControlTemplatePod
 */
export interface KafkaSpecCruiseControlTemplatePod {
    /**
     * Metadata applied to the resource.
     *
     * @schema KafkaSpecCruiseControlTemplatePod#metadata
     */
    readonly metadata?: KafkaSpecCruiseControlTemplatePodMetadata;
    /**
     * List of references to secrets in the same namespace to use for pulling any of the images used by this Pod. When the `STRIMZI_IMAGE_PULL_SECRETS` environment variable in Cluster Operator and the `imagePullSecrets` option are specified, only the `imagePullSecrets` variable is used and the `STRIMZI_IMAGE_PULL_SECRETS` variable is ignored.
     *
     * @schema KafkaSpecCruiseControlTemplatePod#imagePullSecrets
     */
    readonly imagePullSecrets?: KafkaSpecCruiseControlTemplatePodImagePullSecrets[];
    /**
     * Configures pod-level security attributes and common container settings.
     *
     * @schema KafkaSpecCruiseControlTemplatePod#securityContext
     */
    readonly securityContext?: KafkaSpecCruiseControlTemplatePodSecurityContext;
    /**
     * The grace period is the duration in seconds after the processes running in the pod are sent a termination signal, and the time when the processes are forcibly halted with a kill signal. Set this value to longer than the expected cleanup time for your process. Value must be a non-negative integer. A zero value indicates delete immediately. You might need to increase the grace period for very large Kafka clusters, so that the Kafka brokers have enough time to transfer their work to another broker before they are terminated. Defaults to 30 seconds.
     *
     * @default 30 seconds.
     * @schema KafkaSpecCruiseControlTemplatePod#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * The pod's affinity rules.
     *
     * @schema KafkaSpecCruiseControlTemplatePod#affinity
     */
    readonly affinity?: KafkaSpecCruiseControlTemplatePodAffinity;
    /**
     * The pod's tolerations.
     *
     * @schema KafkaSpecCruiseControlTemplatePod#tolerations
     */
    readonly tolerations?: KafkaSpecCruiseControlTemplatePodTolerations[];
    /**
     * The pod's topology spread constraints.
     *
     * @schema KafkaSpecCruiseControlTemplatePod#topologySpreadConstraints
     */
    readonly topologySpreadConstraints?: KafkaSpecCruiseControlTemplatePodTopologySpreadConstraints[];
    /**
     * The name of the priority class used to assign priority to the pods.
     *
     * @schema KafkaSpecCruiseControlTemplatePod#priorityClassName
     */
    readonly priorityClassName?: string;
    /**
     * The name of the scheduler used to dispatch this `Pod`. If not specified, the default scheduler will be used.
     *
     * @schema KafkaSpecCruiseControlTemplatePod#schedulerName
     */
    readonly schedulerName?: string;
    /**
     * The pod's HostAliases. HostAliases is an optional list of hosts and IPs that will be injected into the Pod's hosts file if specified.
     *
     * @schema KafkaSpecCruiseControlTemplatePod#hostAliases
     */
    readonly hostAliases?: KafkaSpecCruiseControlTemplatePodHostAliases[];
    /**
     * The pod's DNSPolicy. Defaults to `ClusterFirst`. Valid values are `ClusterFirstWithHostNet`, `ClusterFirst`, `Default` or `None`.
     *
     * @default ClusterFirst`. Valid values are `ClusterFirstWithHostNet`, `ClusterFirst`, `Default` or `None`.
     * @schema KafkaSpecCruiseControlTemplatePod#dnsPolicy
     */
    readonly dnsPolicy?: KafkaSpecCruiseControlTemplatePodDnsPolicy;
    /**
     * The pod's DNSConfig. If specified, it will be merged to the generated DNS configuration based on the DNSPolicy.
     *
     * @schema KafkaSpecCruiseControlTemplatePod#dnsConfig
     */
    readonly dnsConfig?: KafkaSpecCruiseControlTemplatePodDnsConfig;
    /**
     * Indicates whether information about services should be injected into Pod's environment variables.
     *
     * @schema KafkaSpecCruiseControlTemplatePod#enableServiceLinks
     */
    readonly enableServiceLinks?: boolean;
    /**
     * Defines the total amount of pod memory allocated for the temporary `EmptyDir` volume `/tmp`. Specify the allocation in memory units, for example, `100Mi` for 100 mebibytes. Default value is `5Mi`. The `/tmp` volume is backed by pod memory, not disk storage, so avoid setting a high value as it consumes pod memory resources.
     *
     * @schema KafkaSpecCruiseControlTemplatePod#tmpDirSizeLimit
     */
    readonly tmpDirSizeLimit?: string;
    /**
     * Additional volumes that can be mounted to the pod.
     *
     * @schema KafkaSpecCruiseControlTemplatePod#volumes
     */
    readonly volumes?: KafkaSpecCruiseControlTemplatePodVolumes[];
    /**
     * Use the host user namespace. Optional. Defaults to `true`. When `true` or not set, the pod runs in the host user namespace. This is required when the pod needs features available only in the host namespace, such as loading kernel modules with `CAP_SYS_MODULE`.When set to `false`, the pod runs in a new user namespace. Setting `false` helps mitigate container breakout vulnerabilities and allows containers to run as `root` without granting `root` privileges on the host. This property is alpha-level in Kubernetes and is supported only by Kubernetes clusters that enable the `UserNamespacesSupport` feature.
     *
     * @default true`. When `true` or not set, the pod runs in the host user namespace. This is required when the pod needs features available only in the host namespace, such as loading kernel modules with `CAP_SYS_MODULE`.When set to `false`, the pod runs in a new user namespace. Setting `false` helps mitigate container breakout vulnerabilities and allows containers to run as `root` without granting `root` privileges on the host. This property is alpha-level in Kubernetes and is supported only by Kubernetes clusters that enable the `UserNamespacesSupport` feature.
     * @schema KafkaSpecCruiseControlTemplatePod#hostUsers
     */
    readonly hostUsers?: boolean;
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlTemplatePod' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlTemplatePod(obj: KafkaSpecCruiseControlTemplatePod | undefined): Record<string, any> | undefined;
/**
 * Template for Cruise Control API `Service`.
 *
 * @schema KafkaSpecCruiseControlTemplateApiService
 */
export interface KafkaSpecCruiseControlTemplateApiService {
    /**
     * Metadata applied to the resource.
     *
     * @schema KafkaSpecCruiseControlTemplateApiService#metadata
     */
    readonly metadata?: KafkaSpecCruiseControlTemplateApiServiceMetadata;
    /**
     * Specifies the IP Family Policy used by the service. Available options are `SingleStack`, `PreferDualStack` and `RequireDualStack`. `SingleStack` is for a single IP family. `PreferDualStack` is for two IP families on dual-stack configured clusters or a single IP family on single-stack clusters. `RequireDualStack` fails unless there are two IP families on dual-stack configured clusters. If unspecified, Kubernetes will choose the default value based on the service type.
     *
     * @schema KafkaSpecCruiseControlTemplateApiService#ipFamilyPolicy
     */
    readonly ipFamilyPolicy?: KafkaSpecCruiseControlTemplateApiServiceIpFamilyPolicy;
    /**
     * Specifies the IP Families used by the service. Available options are `IPv4` and `IPv6`. If unspecified, Kubernetes will choose the default value based on the `ipFamilyPolicy` setting.
     *
     * @schema KafkaSpecCruiseControlTemplateApiService#ipFamilies
     */
    readonly ipFamilies?: KafkaSpecCruiseControlTemplateApiServiceIpFamilies[];
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlTemplateApiService' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlTemplateApiService(obj: KafkaSpecCruiseControlTemplateApiService | undefined): Record<string, any> | undefined;
/**
 * Template for Cruise Control `PodDisruptionBudget`.
 *
 * @schema KafkaSpecCruiseControlTemplatePodDisruptionBudget
 */
export interface KafkaSpecCruiseControlTemplatePodDisruptionBudget {
    /**
     * Metadata to apply to the `PodDisruptionBudgetTemplate` resource.
     *
     * @schema KafkaSpecCruiseControlTemplatePodDisruptionBudget#metadata
     */
    readonly metadata?: KafkaSpecCruiseControlTemplatePodDisruptionBudgetMetadata;
    /**
     * Maximum number of unavailable pods to allow automatic Pod eviction. A Pod eviction is allowed when the `maxUnavailable` number of pods or fewer are unavailable after the eviction. Setting this value to 0 prevents all voluntary evictions, so the pods must be evicted manually. Defaults to 1.
     *
     * @default 1.
     * @schema KafkaSpecCruiseControlTemplatePodDisruptionBudget#maxUnavailable
     */
    readonly maxUnavailable?: number;
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlTemplatePodDisruptionBudget' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlTemplatePodDisruptionBudget(obj: KafkaSpecCruiseControlTemplatePodDisruptionBudget | undefined): Record<string, any> | undefined;
/**
 * Template for the Cruise Control container.
 *
 * @schema KafkaSpecCruiseControlTemplateCruiseControlContainer
 */
export interface KafkaSpecCruiseControlTemplateCruiseControlContainer {
    /**
     * Environment variables which should be applied to the container.
     *
     * @schema KafkaSpecCruiseControlTemplateCruiseControlContainer#env
     */
    readonly env?: KafkaSpecCruiseControlTemplateCruiseControlContainerEnv[];
    /**
     * Security context for the container.
     *
     * @schema KafkaSpecCruiseControlTemplateCruiseControlContainer#securityContext
     */
    readonly securityContext?: KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContext;
    /**
     * Additional volume mounts which should be applied to the container.
     *
     * @schema KafkaSpecCruiseControlTemplateCruiseControlContainer#volumeMounts
     */
    readonly volumeMounts?: KafkaSpecCruiseControlTemplateCruiseControlContainerVolumeMounts[];
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlTemplateCruiseControlContainer' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlTemplateCruiseControlContainer(obj: KafkaSpecCruiseControlTemplateCruiseControlContainer | undefined): Record<string, any> | undefined;
/**
 * Template for the Cruise Control service account.
 *
 * @schema KafkaSpecCruiseControlTemplateServiceAccount
 */
export interface KafkaSpecCruiseControlTemplateServiceAccount {
    /**
     * Metadata applied to the resource.
     *
     * @schema KafkaSpecCruiseControlTemplateServiceAccount#metadata
     */
    readonly metadata?: KafkaSpecCruiseControlTemplateServiceAccountMetadata;
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlTemplateServiceAccount' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlTemplateServiceAccount(obj: KafkaSpecCruiseControlTemplateServiceAccount | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecCruiseControlBrokerCapacityOverrides
 */
export interface KafkaSpecCruiseControlBrokerCapacityOverrides {
    /**
     * List of Kafka brokers (broker identifiers).
     *
     * @schema KafkaSpecCruiseControlBrokerCapacityOverrides#brokers
     */
    readonly brokers: number[];
    /**
     * Broker capacity for CPU resource in cores or millicores. For example, 1, 1.500, 1500m. For more information on valid CPU resource units see https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/#meaning-of-cpu.
     *
     * @schema KafkaSpecCruiseControlBrokerCapacityOverrides#cpu
     */
    readonly cpu?: string;
    /**
     * Broker capacity for inbound network throughput in bytes per second. Use an integer value with standard Kubernetes byte units (K, M, G) or their bibyte (power of two) equivalents (Ki, Mi, Gi) per second. For example, 10000KiB/s.
     *
     * @schema KafkaSpecCruiseControlBrokerCapacityOverrides#inboundNetwork
     */
    readonly inboundNetwork?: string;
    /**
     * Broker capacity for outbound network throughput in bytes per second. Use an integer value with standard Kubernetes byte units (K, M, G) or their bibyte (power of two) equivalents (Ki, Mi, Gi) per second. For example, 10000KiB/s.
     *
     * @schema KafkaSpecCruiseControlBrokerCapacityOverrides#outboundNetwork
     */
    readonly outboundNetwork?: string;
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlBrokerCapacityOverrides' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlBrokerCapacityOverrides(obj: KafkaSpecCruiseControlBrokerCapacityOverrides | undefined): Record<string, any> | undefined;
/**
 * Metrics type. The supported types are `jmxPrometheusExporter` and `strimziMetricsReporter`. Type `jmxPrometheusExporter` uses the Prometheus JMX Exporter to expose Kafka JMX metrics in Prometheus format through an HTTP endpoint. Type `strimziMetricsReporter` uses the Strimzi Metrics Reporter to directly expose Kafka metrics in Prometheus format through an HTTP endpoint.
 *
 * @schema KafkaSpecCruiseControlMetricsConfigType
 */
export declare enum KafkaSpecCruiseControlMetricsConfigType {
    /** jmxPrometheusExporter */
    JMX_PROMETHEUS_EXPORTER = "jmxPrometheusExporter",
    /** strimziMetricsReporter */
    STRIMZI_METRICS_REPORTER = "strimziMetricsReporter"
}
/**
 * ConfigMap entry where the Prometheus JMX Exporter configuration is stored.
 *
 * @schema KafkaSpecCruiseControlMetricsConfigValueFrom
 */
export interface KafkaSpecCruiseControlMetricsConfigValueFrom {
    /**
     * Reference to the key in the ConfigMap containing the configuration.
     *
     * @schema KafkaSpecCruiseControlMetricsConfigValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: KafkaSpecCruiseControlMetricsConfigValueFromConfigMapKeyRef;
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlMetricsConfigValueFrom' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlMetricsConfigValueFrom(obj: KafkaSpecCruiseControlMetricsConfigValueFrom | undefined): Record<string, any> | undefined;
/**
 * Configuration values for the Strimzi Metrics Reporter.
 *
 * @schema KafkaSpecCruiseControlMetricsConfigValues
 */
export interface KafkaSpecCruiseControlMetricsConfigValues {
    /**
     * A list of regex patterns to filter the metrics to collect. Should contain at least one element.
     *
     * @schema KafkaSpecCruiseControlMetricsConfigValues#allowList
     */
    readonly allowList?: string[];
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlMetricsConfigValues' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlMetricsConfigValues(obj: KafkaSpecCruiseControlMetricsConfigValues | undefined): Record<string, any> | undefined;
/**
 * Type of the Cruise Control API users configuration. Supported format is: `hashLoginService`.
 *
 * @schema KafkaSpecCruiseControlApiUsersType
 */
export declare enum KafkaSpecCruiseControlApiUsersType {
    /** hashLoginService */
    HASH_LOGIN_SERVICE = "hashLoginService"
}
/**
 * Secret from which the custom Cruise Control API authentication credentials are read.
 *
 * @schema KafkaSpecCruiseControlApiUsersValueFrom
 */
export interface KafkaSpecCruiseControlApiUsersValueFrom {
    /**
     * Selects a key of a Secret in the resource's namespace.
     *
     * @schema KafkaSpecCruiseControlApiUsersValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: KafkaSpecCruiseControlApiUsersValueFromSecretKeyRef;
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlApiUsersValueFrom' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlApiUsersValueFrom(obj: KafkaSpecCruiseControlApiUsersValueFrom | undefined): Record<string, any> | undefined;
/**
 * Specifies the mode for automatically rebalancing when brokers are added or removed. Supported modes are `add-brokers` and `remove-brokers`.
 *
 *
 * @schema KafkaSpecCruiseControlAutoRebalanceMode
 */
export declare enum KafkaSpecCruiseControlAutoRebalanceMode {
    /** add-brokers */
    ADD_HYPHEN_BROKERS = "add-brokers",
    /** remove-brokers */
    REMOVE_HYPHEN_BROKERS = "remove-brokers"
}
/**
 * Reference to the KafkaRebalance custom resource to be used as the configuration template for the auto-rebalancing on scaling when running for the corresponding mode.
 *
 * @schema KafkaSpecCruiseControlAutoRebalanceTemplate
 */
export interface KafkaSpecCruiseControlAutoRebalanceTemplate {
    /**
     * @schema KafkaSpecCruiseControlAutoRebalanceTemplate#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlAutoRebalanceTemplate' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlAutoRebalanceTemplate(obj: KafkaSpecCruiseControlAutoRebalanceTemplate | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaExporterResourcesClaims
 */
export interface KafkaSpecKafkaExporterResourcesClaims {
    /**
     * @schema KafkaSpecKafkaExporterResourcesClaims#name
     */
    readonly name?: string;
    /**
     * @schema KafkaSpecKafkaExporterResourcesClaims#request
     */
    readonly request?: string;
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterResourcesClaims' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterResourcesClaims(obj: KafkaSpecKafkaExporterResourcesClaims | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaExporterResourcesLimits
 */
export declare class KafkaSpecKafkaExporterResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): KafkaSpecKafkaExporterResourcesLimits;
    static fromString(value: string): KafkaSpecKafkaExporterResourcesLimits;
    private constructor();
}
/**
 * @schema KafkaSpecKafkaExporterResourcesRequests
 */
export declare class KafkaSpecKafkaExporterResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): KafkaSpecKafkaExporterResourcesRequests;
    static fromString(value: string): KafkaSpecKafkaExporterResourcesRequests;
    private constructor();
}
/**
 * Template for Kafka Exporter `Deployment`.
 *
 * @schema KafkaSpecKafkaExporterTemplateDeployment
 */
export interface KafkaSpecKafkaExporterTemplateDeployment {
    /**
     * Metadata applied to the resource.
     *
     * @schema KafkaSpecKafkaExporterTemplateDeployment#metadata
     */
    readonly metadata?: KafkaSpecKafkaExporterTemplateDeploymentMetadata;
    /**
     * Pod replacement strategy for deployment configuration changes. Valid values are `RollingUpdate` and `Recreate`. Defaults to `RollingUpdate`.
     *
     * @default RollingUpdate`.
     * @schema KafkaSpecKafkaExporterTemplateDeployment#deploymentStrategy
     */
    readonly deploymentStrategy?: KafkaSpecKafkaExporterTemplateDeploymentDeploymentStrategy;
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterTemplateDeployment' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterTemplateDeployment(obj: KafkaSpecKafkaExporterTemplateDeployment | undefined): Record<string, any> | undefined;
/**
 * Template for Kafka Exporter `Pods`.
 *
 * @schema KafkaSpecKafkaExporterTemplatePod
 */
export interface KafkaSpecKafkaExporterTemplatePod {
    /**
     * Metadata applied to the resource.
     *
     * @schema KafkaSpecKafkaExporterTemplatePod#metadata
     */
    readonly metadata?: KafkaSpecKafkaExporterTemplatePodMetadata;
    /**
     * List of references to secrets in the same namespace to use for pulling any of the images used by this Pod. When the `STRIMZI_IMAGE_PULL_SECRETS` environment variable in Cluster Operator and the `imagePullSecrets` option are specified, only the `imagePullSecrets` variable is used and the `STRIMZI_IMAGE_PULL_SECRETS` variable is ignored.
     *
     * @schema KafkaSpecKafkaExporterTemplatePod#imagePullSecrets
     */
    readonly imagePullSecrets?: KafkaSpecKafkaExporterTemplatePodImagePullSecrets[];
    /**
     * Configures pod-level security attributes and common container settings.
     *
     * @schema KafkaSpecKafkaExporterTemplatePod#securityContext
     */
    readonly securityContext?: KafkaSpecKafkaExporterTemplatePodSecurityContext;
    /**
     * The grace period is the duration in seconds after the processes running in the pod are sent a termination signal, and the time when the processes are forcibly halted with a kill signal. Set this value to longer than the expected cleanup time for your process. Value must be a non-negative integer. A zero value indicates delete immediately. You might need to increase the grace period for very large Kafka clusters, so that the Kafka brokers have enough time to transfer their work to another broker before they are terminated. Defaults to 30 seconds.
     *
     * @default 30 seconds.
     * @schema KafkaSpecKafkaExporterTemplatePod#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * The pod's affinity rules.
     *
     * @schema KafkaSpecKafkaExporterTemplatePod#affinity
     */
    readonly affinity?: KafkaSpecKafkaExporterTemplatePodAffinity;
    /**
     * The pod's tolerations.
     *
     * @schema KafkaSpecKafkaExporterTemplatePod#tolerations
     */
    readonly tolerations?: KafkaSpecKafkaExporterTemplatePodTolerations[];
    /**
     * The pod's topology spread constraints.
     *
     * @schema KafkaSpecKafkaExporterTemplatePod#topologySpreadConstraints
     */
    readonly topologySpreadConstraints?: KafkaSpecKafkaExporterTemplatePodTopologySpreadConstraints[];
    /**
     * The name of the priority class used to assign priority to the pods.
     *
     * @schema KafkaSpecKafkaExporterTemplatePod#priorityClassName
     */
    readonly priorityClassName?: string;
    /**
     * The name of the scheduler used to dispatch this `Pod`. If not specified, the default scheduler will be used.
     *
     * @schema KafkaSpecKafkaExporterTemplatePod#schedulerName
     */
    readonly schedulerName?: string;
    /**
     * The pod's HostAliases. HostAliases is an optional list of hosts and IPs that will be injected into the Pod's hosts file if specified.
     *
     * @schema KafkaSpecKafkaExporterTemplatePod#hostAliases
     */
    readonly hostAliases?: KafkaSpecKafkaExporterTemplatePodHostAliases[];
    /**
     * The pod's DNSPolicy. Defaults to `ClusterFirst`. Valid values are `ClusterFirstWithHostNet`, `ClusterFirst`, `Default` or `None`.
     *
     * @default ClusterFirst`. Valid values are `ClusterFirstWithHostNet`, `ClusterFirst`, `Default` or `None`.
     * @schema KafkaSpecKafkaExporterTemplatePod#dnsPolicy
     */
    readonly dnsPolicy?: KafkaSpecKafkaExporterTemplatePodDnsPolicy;
    /**
     * The pod's DNSConfig. If specified, it will be merged to the generated DNS configuration based on the DNSPolicy.
     *
     * @schema KafkaSpecKafkaExporterTemplatePod#dnsConfig
     */
    readonly dnsConfig?: KafkaSpecKafkaExporterTemplatePodDnsConfig;
    /**
     * Indicates whether information about services should be injected into Pod's environment variables.
     *
     * @schema KafkaSpecKafkaExporterTemplatePod#enableServiceLinks
     */
    readonly enableServiceLinks?: boolean;
    /**
     * Defines the total amount of pod memory allocated for the temporary `EmptyDir` volume `/tmp`. Specify the allocation in memory units, for example, `100Mi` for 100 mebibytes. Default value is `5Mi`. The `/tmp` volume is backed by pod memory, not disk storage, so avoid setting a high value as it consumes pod memory resources.
     *
     * @schema KafkaSpecKafkaExporterTemplatePod#tmpDirSizeLimit
     */
    readonly tmpDirSizeLimit?: string;
    /**
     * Additional volumes that can be mounted to the pod.
     *
     * @schema KafkaSpecKafkaExporterTemplatePod#volumes
     */
    readonly volumes?: KafkaSpecKafkaExporterTemplatePodVolumes[];
    /**
     * Use the host user namespace. Optional. Defaults to `true`. When `true` or not set, the pod runs in the host user namespace. This is required when the pod needs features available only in the host namespace, such as loading kernel modules with `CAP_SYS_MODULE`.When set to `false`, the pod runs in a new user namespace. Setting `false` helps mitigate container breakout vulnerabilities and allows containers to run as `root` without granting `root` privileges on the host. This property is alpha-level in Kubernetes and is supported only by Kubernetes clusters that enable the `UserNamespacesSupport` feature.
     *
     * @default true`. When `true` or not set, the pod runs in the host user namespace. This is required when the pod needs features available only in the host namespace, such as loading kernel modules with `CAP_SYS_MODULE`.When set to `false`, the pod runs in a new user namespace. Setting `false` helps mitigate container breakout vulnerabilities and allows containers to run as `root` without granting `root` privileges on the host. This property is alpha-level in Kubernetes and is supported only by Kubernetes clusters that enable the `UserNamespacesSupport` feature.
     * @schema KafkaSpecKafkaExporterTemplatePod#hostUsers
     */
    readonly hostUsers?: boolean;
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterTemplatePod' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterTemplatePod(obj: KafkaSpecKafkaExporterTemplatePod | undefined): Record<string, any> | undefined;
/**
 * Template for the Kafka Exporter container.
 *
 * @schema KafkaSpecKafkaExporterTemplateContainer
 */
export interface KafkaSpecKafkaExporterTemplateContainer {
    /**
     * Environment variables which should be applied to the container.
     *
     * @schema KafkaSpecKafkaExporterTemplateContainer#env
     */
    readonly env?: KafkaSpecKafkaExporterTemplateContainerEnv[];
    /**
     * Security context for the container.
     *
     * @schema KafkaSpecKafkaExporterTemplateContainer#securityContext
     */
    readonly securityContext?: KafkaSpecKafkaExporterTemplateContainerSecurityContext;
    /**
     * Additional volume mounts which should be applied to the container.
     *
     * @schema KafkaSpecKafkaExporterTemplateContainer#volumeMounts
     */
    readonly volumeMounts?: KafkaSpecKafkaExporterTemplateContainerVolumeMounts[];
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterTemplateContainer' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterTemplateContainer(obj: KafkaSpecKafkaExporterTemplateContainer | undefined): Record<string, any> | undefined;
/**
 * Template for the Kafka Exporter service account.
 *
 * @schema KafkaSpecKafkaExporterTemplateServiceAccount
 */
export interface KafkaSpecKafkaExporterTemplateServiceAccount {
    /**
     * Metadata applied to the resource.
     *
     * @schema KafkaSpecKafkaExporterTemplateServiceAccount#metadata
     */
    readonly metadata?: KafkaSpecKafkaExporterTemplateServiceAccountMetadata;
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterTemplateServiceAccount' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterTemplateServiceAccount(obj: KafkaSpecKafkaExporterTemplateServiceAccount | undefined): Record<string, any> | undefined;
/**
 * Template for the Pod Disruption Budget for Kafka Exporter pods.
 *
 * @schema KafkaSpecKafkaExporterTemplatePodDisruptionBudget
 */
export interface KafkaSpecKafkaExporterTemplatePodDisruptionBudget {
    /**
     * Metadata to apply to the `PodDisruptionBudgetTemplate` resource.
     *
     * @schema KafkaSpecKafkaExporterTemplatePodDisruptionBudget#metadata
     */
    readonly metadata?: KafkaSpecKafkaExporterTemplatePodDisruptionBudgetMetadata;
    /**
     * Maximum number of unavailable pods to allow automatic Pod eviction. A Pod eviction is allowed when the `maxUnavailable` number of pods or fewer are unavailable after the eviction. Setting this value to 0 prevents all voluntary evictions, so the pods must be evicted manually. Defaults to 1.
     *
     * @default 1.
     * @schema KafkaSpecKafkaExporterTemplatePodDisruptionBudget#maxUnavailable
     */
    readonly maxUnavailable?: number;
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterTemplatePodDisruptionBudget' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterTemplatePodDisruptionBudget(obj: KafkaSpecKafkaExporterTemplatePodDisruptionBudget | undefined): Record<string, any> | undefined;
/**
 * Authentication type. `scram-sha-512` type uses SASL SCRAM-SHA-512 Authentication. `tls` type uses TLS Client Authentication. `tls` type is supported only on TLS listeners. `custom` type allows for any authentication type to be used.
 *
 * @schema KafkaSpecKafkaListenersAuthenticationType
 */
export declare enum KafkaSpecKafkaListenersAuthenticationType {
    /** tls */
    TLS = "tls",
    /** scram-sha-512 */
    SCRAM_HYPHEN_SHA_HYPHEN_512 = "scram-sha-512",
    /** custom */
    CUSTOM = "custom"
}
/**
 * Reference to the `Secret` which holds the certificate and private key pair which will be used for this listener. The certificate can optionally contain the whole chain. This field can be used only with listeners with enabled TLS encryption.
 *
 * @schema KafkaSpecKafkaListenersConfigurationBrokerCertChainAndKey
 */
export interface KafkaSpecKafkaListenersConfigurationBrokerCertChainAndKey {
    /**
     * The name of the Secret containing the certificate.
     *
     * @schema KafkaSpecKafkaListenersConfigurationBrokerCertChainAndKey#secretName
     */
    readonly secretName: string;
    /**
     * The name of the file certificate in the Secret.
     *
     * @schema KafkaSpecKafkaListenersConfigurationBrokerCertChainAndKey#certificate
     */
    readonly certificate: string;
    /**
     * The name of the private key in the secret. The private key must be in unencrypted PKCS #8 format. For more information, see RFC 5208: https://datatracker.ietf.org/doc/html/rfc5208.
     *
     * @schema KafkaSpecKafkaListenersConfigurationBrokerCertChainAndKey#key
     */
    readonly key: string;
}
/**
 * Converts an object of type 'KafkaSpecKafkaListenersConfigurationBrokerCertChainAndKey' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaListenersConfigurationBrokerCertChainAndKey(obj: KafkaSpecKafkaListenersConfigurationBrokerCertChainAndKey | undefined): Record<string, any> | undefined;
/**
 * Specifies whether the service routes external traffic to cluster-wide or node-local endpoints:
 *
 * * `Cluster` may cause a second hop to another node and obscures the client source IP.
 * * `Local` avoids a second hop for `LoadBalancer` and `Nodeport` type services and preserves the client source IP (when supported by the infrastructure).
 *
 * If unspecified, Kubernetes uses `Cluster` as the default. For `loadbalancer` or `nodeport` listeners only.
 *
 * @schema KafkaSpecKafkaListenersConfigurationExternalTrafficPolicy
 */
export declare enum KafkaSpecKafkaListenersConfigurationExternalTrafficPolicy {
    /** Local */
    LOCAL = "Local",
    /** Cluster */
    CLUSTER = "Cluster"
}
/**
 * Bootstrap configuration.
 *
 * @schema KafkaSpecKafkaListenersConfigurationBootstrap
 */
export interface KafkaSpecKafkaListenersConfigurationBootstrap {
    /**
     * Additional alternative names for the bootstrap service. The alternative names will be added to the list of subject alternative names of the TLS certificates.
     *
     * @schema KafkaSpecKafkaListenersConfigurationBootstrap#alternativeNames
     */
    readonly alternativeNames?: string[];
    /**
     * Specifies the hostname used for the bootstrap resource. For `route` (optional) or `ingress` (required) listeners only. Ensure the hostname resolves to the Ingress endpoints; no validation is performed by Strimzi.
     *
     * @schema KafkaSpecKafkaListenersConfigurationBootstrap#host
     */
    readonly host?: string;
    /**
     * Node port for the bootstrap service. For `nodeport` listeners only.
     *
     * @schema KafkaSpecKafkaListenersConfigurationBootstrap#nodePort
     */
    readonly nodePort?: number;
    /**
     * The loadbalancer is requested with the IP address specified in this property. This feature depends on whether the underlying cloud provider supports specifying the `loadBalancerIP` when a load balancer is created. This property is ignored if the cloud provider does not support the feature. For `loadbalancer` listeners only.
     *
     * @schema KafkaSpecKafkaListenersConfigurationBootstrap#loadBalancerIP
     */
    readonly loadBalancerIp?: string;
    /**
     * Annotations added to `Ingress`, `Route`, or `Service` resources. You can use this property to configure DNS providers such as External DNS. For `loadbalancer`, `nodeport`, `route`, or `ingress` listeners only.
     *
     * @schema KafkaSpecKafkaListenersConfigurationBootstrap#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * Labels added to `Ingress`, `Route`, or `Service` resources. For `loadbalancer`, `nodeport`, `route`, or `ingress` listeners only.
     *
     * @schema KafkaSpecKafkaListenersConfigurationBootstrap#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * External IPs associated to the nodeport service. These IPs are used by clients external to the Kubernetes cluster to access the Kafka brokers. This property is helpful when `nodeport` without `externalIP` is not sufficient. For example on bare-metal Kubernetes clusters that do not support Loadbalancer service types. For `nodeport` listeners only.
     *
     * @schema KafkaSpecKafkaListenersConfigurationBootstrap#externalIPs
     */
    readonly externalIPs?: string[];
}
/**
 * Converts an object of type 'KafkaSpecKafkaListenersConfigurationBootstrap' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaListenersConfigurationBootstrap(obj: KafkaSpecKafkaListenersConfigurationBootstrap | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaListenersConfigurationBrokers
 */
export interface KafkaSpecKafkaListenersConfigurationBrokers {
    /**
     * ID of the kafka broker (broker identifier). Broker IDs start from 0 and correspond to the number of broker replicas.
     *
     * @schema KafkaSpecKafkaListenersConfigurationBrokers#broker
     */
    readonly broker: number;
    /**
     * The host name used in the brokers' `advertised.listeners`.
     *
     * @schema KafkaSpecKafkaListenersConfigurationBrokers#advertisedHost
     */
    readonly advertisedHost?: string;
    /**
     * The port number used in the brokers' `advertised.listeners`.
     *
     * @schema KafkaSpecKafkaListenersConfigurationBrokers#advertisedPort
     */
    readonly advertisedPort?: number;
    /**
     * The broker host. This field will be used in the Ingress resource or in the Route resource to specify the desired hostname. This field can be used only with `route` (optional) or `ingress` (required) type listeners.
     *
     * @schema KafkaSpecKafkaListenersConfigurationBrokers#host
     */
    readonly host?: string;
    /**
     * Node port for the per-broker service. This field can be used only with `nodeport` type listener.
     *
     * @schema KafkaSpecKafkaListenersConfigurationBrokers#nodePort
     */
    readonly nodePort?: number;
    /**
     * The loadbalancer is requested with the IP address specified in this field. This feature depends on whether the underlying cloud provider supports specifying the `loadBalancerIP` when a load balancer is created. This field is ignored if the cloud provider does not support the feature.This field can be used only with `loadbalancer` type listener.
     *
     * @schema KafkaSpecKafkaListenersConfigurationBrokers#loadBalancerIP
     */
    readonly loadBalancerIp?: string;
    /**
     * Annotations that will be added to the `Ingress` or `Service` resource. You can use this field to configure DNS providers such as External DNS. This field can be used only with `loadbalancer`, `nodeport`, or `ingress` type listeners.
     *
     * @schema KafkaSpecKafkaListenersConfigurationBrokers#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * Labels that will be added to the `Ingress`, `Route`, or `Service` resource. This field can be used only with `loadbalancer`, `nodeport`, `route`, or `ingress` type listeners.
     *
     * @schema KafkaSpecKafkaListenersConfigurationBrokers#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * External IPs associated to the nodeport service. These IPs are used by clients external to the Kubernetes cluster to access the Kafka brokers. This field is helpful when `nodeport` without `externalIP` is not sufficient. For example on bare-metal Kubernetes clusters that do not support Loadbalancer service types. This field can only be used with `nodeport` type listener.
     *
     * @schema KafkaSpecKafkaListenersConfigurationBrokers#externalIPs
     */
    readonly externalIPs?: string[];
}
/**
 * Converts an object of type 'KafkaSpecKafkaListenersConfigurationBrokers' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaListenersConfigurationBrokers(obj: KafkaSpecKafkaListenersConfigurationBrokers | undefined): Record<string, any> | undefined;
/**
 * Specifies the IP Family Policy used by the service. Available options are `SingleStack`, `PreferDualStack` and `RequireDualStack`:
 *
 * * `SingleStack` is for a single IP family.
 * * `PreferDualStack` is for two IP families on dual-stack configured clusters or a single IP family on single-stack clusters.
 * * `RequireDualStack` fails unless there are two IP families on dual-stack configured clusters.
 *
 * If unspecified, Kubernetes will choose the default value based on the service type.
 *
 * @schema KafkaSpecKafkaListenersConfigurationIpFamilyPolicy
 */
export declare enum KafkaSpecKafkaListenersConfigurationIpFamilyPolicy {
    /** SingleStack */
    SINGLE_STACK = "SingleStack",
    /** PreferDualStack */
    PREFER_DUAL_STACK = "PreferDualStack",
    /** RequireDualStack */
    REQUIRE_DUAL_STACK = "RequireDualStack"
}
/**
 * @schema KafkaSpecKafkaListenersConfigurationIpFamilies
 */
export declare enum KafkaSpecKafkaListenersConfigurationIpFamilies {
    /** IPv4 */
    I_PV4 = "IPv4",
    /** IPv6 */
    I_PV6 = "IPv6"
}
/**
 * Defines which address type should be used as the node address. Available types are: `ExternalDNS`, `ExternalIP`, `InternalDNS`, `InternalIP` and `Hostname`. By default, the addresses are used in the following order (the first one found is used):
 *
 * * `ExternalDNS`
 * * `ExternalIP`
 * * `InternalDNS`
 * * `InternalIP`
 * * `Hostname`
 *
 * This property is used to select the preferred address type, which is checked first. If no address is found for this address type, the other types are checked in the default order. For `nodeport` listeners only.
 *
 * @schema KafkaSpecKafkaListenersConfigurationPreferredNodePortAddressType
 */
export declare enum KafkaSpecKafkaListenersConfigurationPreferredNodePortAddressType {
    /** ExternalIP */
    EXTERNAL_IP = "ExternalIP",
    /** ExternalDNS */
    EXTERNAL_DNS = "ExternalDNS",
    /** InternalIP */
    INTERNAL_IP = "InternalIP",
    /** InternalDNS */
    INTERNAL_DNS = "InternalDNS",
    /** Hostname */
    HOSTNAME = "Hostname"
}
/**
 * @schema KafkaSpecKafkaListenersConfigurationParentRefs
 */
export interface KafkaSpecKafkaListenersConfigurationParentRefs {
    /**
     * @schema KafkaSpecKafkaListenersConfigurationParentRefs#kind
     */
    readonly kind?: string;
    /**
     * @schema KafkaSpecKafkaListenersConfigurationParentRefs#group
     */
    readonly group?: string;
    /**
     * @schema KafkaSpecKafkaListenersConfigurationParentRefs#name
     */
    readonly name?: string;
    /**
     * @schema KafkaSpecKafkaListenersConfigurationParentRefs#namespace
     */
    readonly namespace?: string;
    /**
     * @schema KafkaSpecKafkaListenersConfigurationParentRefs#port
     */
    readonly port?: number;
    /**
     * @schema KafkaSpecKafkaListenersConfigurationParentRefs#sectionName
     */
    readonly sectionName?: string;
}
/**
 * Converts an object of type 'KafkaSpecKafkaListenersConfigurationParentRefs' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaListenersConfigurationParentRefs(obj: KafkaSpecKafkaListenersConfigurationParentRefs | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaListenersNetworkPolicyPeersIpBlock
 */
export interface KafkaSpecKafkaListenersNetworkPolicyPeersIpBlock {
    /**
     * @schema KafkaSpecKafkaListenersNetworkPolicyPeersIpBlock#cidr
     */
    readonly cidr?: string;
    /**
     * @schema KafkaSpecKafkaListenersNetworkPolicyPeersIpBlock#except
     */
    readonly except?: string[];
}
/**
 * Converts an object of type 'KafkaSpecKafkaListenersNetworkPolicyPeersIpBlock' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaListenersNetworkPolicyPeersIpBlock(obj: KafkaSpecKafkaListenersNetworkPolicyPeersIpBlock | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaListenersNetworkPolicyPeersNamespaceSelector
 */
export interface KafkaSpecKafkaListenersNetworkPolicyPeersNamespaceSelector {
    /**
     * @schema KafkaSpecKafkaListenersNetworkPolicyPeersNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaSpecKafkaListenersNetworkPolicyPeersNamespaceSelectorMatchExpressions[];
    /**
     * @schema KafkaSpecKafkaListenersNetworkPolicyPeersNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaSpecKafkaListenersNetworkPolicyPeersNamespaceSelector' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaListenersNetworkPolicyPeersNamespaceSelector(obj: KafkaSpecKafkaListenersNetworkPolicyPeersNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaListenersNetworkPolicyPeersPodSelector
 */
export interface KafkaSpecKafkaListenersNetworkPolicyPeersPodSelector {
    /**
     * @schema KafkaSpecKafkaListenersNetworkPolicyPeersPodSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaSpecKafkaListenersNetworkPolicyPeersPodSelectorMatchExpressions[];
    /**
     * @schema KafkaSpecKafkaListenersNetworkPolicyPeersPodSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaSpecKafkaListenersNetworkPolicyPeersPodSelector' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaListenersNetworkPolicyPeersPodSelector(obj: KafkaSpecKafkaListenersNetworkPolicyPeersPodSelector | undefined): Record<string, any> | undefined;
/**
 * Authentication type. Currently the only supported types are `password`.`password` type creates a username and protected port with no TLS.
 *
 * @schema KafkaSpecKafkaJmxOptionsAuthenticationType
 */
export declare enum KafkaSpecKafkaJmxOptionsAuthenticationType {
    /** password */
    PASSWORD = "password"
}
/**
 * Reference to the key in the ConfigMap containing the configuration.
 *
 * @schema KafkaSpecKafkaMetricsConfigValueFromConfigMapKeyRef
 */
export interface KafkaSpecKafkaMetricsConfigValueFromConfigMapKeyRef {
    /**
     * @schema KafkaSpecKafkaMetricsConfigValueFromConfigMapKeyRef#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecKafkaMetricsConfigValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema KafkaSpecKafkaMetricsConfigValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KafkaSpecKafkaMetricsConfigValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaMetricsConfigValueFromConfigMapKeyRef(obj: KafkaSpecKafkaMetricsConfigValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * Reference to the key in the ConfigMap containing the configuration.
 *
 * @schema KafkaSpecKafkaLoggingValueFromConfigMapKeyRef
 */
export interface KafkaSpecKafkaLoggingValueFromConfigMapKeyRef {
    /**
     * @schema KafkaSpecKafkaLoggingValueFromConfigMapKeyRef#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecKafkaLoggingValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema KafkaSpecKafkaLoggingValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KafkaSpecKafkaLoggingValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaLoggingValueFromConfigMapKeyRef(obj: KafkaSpecKafkaLoggingValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * Metadata applied to the resource.
 *
 * @schema KafkaSpecKafkaTemplatePodMetadata
 */
export interface KafkaSpecKafkaTemplatePodMetadata {
    /**
     * Labels added to the Kubernetes resource.
     *
     * @schema KafkaSpecKafkaTemplatePodMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * Annotations added to the Kubernetes resource.
     *
     * @schema KafkaSpecKafkaTemplatePodMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplatePodMetadata' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplatePodMetadata(obj: KafkaSpecKafkaTemplatePodMetadata | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaTemplatePodImagePullSecrets
 */
export interface KafkaSpecKafkaTemplatePodImagePullSecrets {
    /**
     * @schema KafkaSpecKafkaTemplatePodImagePullSecrets#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplatePodImagePullSecrets' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplatePodImagePullSecrets(obj: KafkaSpecKafkaTemplatePodImagePullSecrets | undefined): Record<string, any> | undefined;
/**
 * Configures pod-level security attributes and common container settings.
 *
 * @schema KafkaSpecKafkaTemplatePodSecurityContext
 */
export interface KafkaSpecKafkaTemplatePodSecurityContext {
    /**
     * @schema KafkaSpecKafkaTemplatePodSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: KafkaSpecKafkaTemplatePodSecurityContextAppArmorProfile;
    /**
     * @schema KafkaSpecKafkaTemplatePodSecurityContext#fsGroup
     */
    readonly fsGroup?: number;
    /**
     * @schema KafkaSpecKafkaTemplatePodSecurityContext#fsGroupChangePolicy
     */
    readonly fsGroupChangePolicy?: string;
    /**
     * @schema KafkaSpecKafkaTemplatePodSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * @schema KafkaSpecKafkaTemplatePodSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * @schema KafkaSpecKafkaTemplatePodSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * @schema KafkaSpecKafkaTemplatePodSecurityContext#seLinuxChangePolicy
     */
    readonly seLinuxChangePolicy?: string;
    /**
     * @schema KafkaSpecKafkaTemplatePodSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: KafkaSpecKafkaTemplatePodSecurityContextSeLinuxOptions;
    /**
     * @schema KafkaSpecKafkaTemplatePodSecurityContext#seccompProfile
     */
    readonly seccompProfile?: KafkaSpecKafkaTemplatePodSecurityContextSeccompProfile;
    /**
     * @schema KafkaSpecKafkaTemplatePodSecurityContext#supplementalGroups
     */
    readonly supplementalGroups?: number[];
    /**
     * @schema KafkaSpecKafkaTemplatePodSecurityContext#supplementalGroupsPolicy
     */
    readonly supplementalGroupsPolicy?: string;
    /**
     * @schema KafkaSpecKafkaTemplatePodSecurityContext#sysctls
     */
    readonly sysctls?: KafkaSpecKafkaTemplatePodSecurityContextSysctls[];
    /**
     * @schema KafkaSpecKafkaTemplatePodSecurityContext#windowsOptions
     */
    readonly windowsOptions?: KafkaSpecKafkaTemplatePodSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplatePodSecurityContext' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplatePodSecurityContext(obj: KafkaSpecKafkaTemplatePodSecurityContext | undefined): Record<string, any> | undefined;
/**
 * The pod's affinity rules.
 *
 * @schema KafkaSpecKafkaTemplatePodAffinity
 */
export interface KafkaSpecKafkaTemplatePodAffinity {
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinity#nodeAffinity
     */
    readonly nodeAffinity?: KafkaSpecKafkaTemplatePodAffinityNodeAffinity;
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinity#podAffinity
     */
    readonly podAffinity?: KafkaSpecKafkaTemplatePodAffinityPodAffinity;
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinity#podAntiAffinity
     */
    readonly podAntiAffinity?: KafkaSpecKafkaTemplatePodAffinityPodAntiAffinity;
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplatePodAffinity' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplatePodAffinity(obj: KafkaSpecKafkaTemplatePodAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaTemplatePodTolerations
 */
export interface KafkaSpecKafkaTemplatePodTolerations {
    /**
     * @schema KafkaSpecKafkaTemplatePodTolerations#effect
     */
    readonly effect?: string;
    /**
     * @schema KafkaSpecKafkaTemplatePodTolerations#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecKafkaTemplatePodTolerations#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaSpecKafkaTemplatePodTolerations#tolerationSeconds
     */
    readonly tolerationSeconds?: number;
    /**
     * @schema KafkaSpecKafkaTemplatePodTolerations#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplatePodTolerations' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplatePodTolerations(obj: KafkaSpecKafkaTemplatePodTolerations | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaTemplatePodTopologySpreadConstraints
 */
export interface KafkaSpecKafkaTemplatePodTopologySpreadConstraints {
    /**
     * @schema KafkaSpecKafkaTemplatePodTopologySpreadConstraints#labelSelector
     */
    readonly labelSelector?: KafkaSpecKafkaTemplatePodTopologySpreadConstraintsLabelSelector;
    /**
     * @schema KafkaSpecKafkaTemplatePodTopologySpreadConstraints#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema KafkaSpecKafkaTemplatePodTopologySpreadConstraints#maxSkew
     */
    readonly maxSkew?: number;
    /**
     * @schema KafkaSpecKafkaTemplatePodTopologySpreadConstraints#minDomains
     */
    readonly minDomains?: number;
    /**
     * @schema KafkaSpecKafkaTemplatePodTopologySpreadConstraints#nodeAffinityPolicy
     */
    readonly nodeAffinityPolicy?: string;
    /**
     * @schema KafkaSpecKafkaTemplatePodTopologySpreadConstraints#nodeTaintsPolicy
     */
    readonly nodeTaintsPolicy?: string;
    /**
     * @schema KafkaSpecKafkaTemplatePodTopologySpreadConstraints#topologyKey
     */
    readonly topologyKey?: string;
    /**
     * @schema KafkaSpecKafkaTemplatePodTopologySpreadConstraints#whenUnsatisfiable
     */
    readonly whenUnsatisfiable?: string;
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplatePodTopologySpreadConstraints' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplatePodTopologySpreadConstraints(obj: KafkaSpecKafkaTemplatePodTopologySpreadConstraints | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaTemplatePodHostAliases
 */
export interface KafkaSpecKafkaTemplatePodHostAliases {
    /**
     * @schema KafkaSpecKafkaTemplatePodHostAliases#hostnames
     */
    readonly hostnames?: string[];
    /**
     * @schema KafkaSpecKafkaTemplatePodHostAliases#ip
     */
    readonly ip?: string;
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplatePodHostAliases' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplatePodHostAliases(obj: KafkaSpecKafkaTemplatePodHostAliases | undefined): Record<string, any> | undefined;
/**
 * The pod's DNSPolicy. Defaults to `ClusterFirst`. Valid values are `ClusterFirstWithHostNet`, `ClusterFirst`, `Default` or `None`.
 *
 * @default ClusterFirst`. Valid values are `ClusterFirstWithHostNet`, `ClusterFirst`, `Default` or `None`.
 * @schema KafkaSpecKafkaTemplatePodDnsPolicy
 */
export declare enum KafkaSpecKafkaTemplatePodDnsPolicy {
    /** ClusterFirst */
    CLUSTER_FIRST = "ClusterFirst",
    /** ClusterFirstWithHostNet */
    CLUSTER_FIRST_WITH_HOST_NET = "ClusterFirstWithHostNet",
    /** Default */
    DEFAULT = "Default",
    /** None */
    NONE = "None"
}
/**
 * The pod's DNSConfig. If specified, it will be merged to the generated DNS configuration based on the DNSPolicy.
 *
 * @schema KafkaSpecKafkaTemplatePodDnsConfig
 */
export interface KafkaSpecKafkaTemplatePodDnsConfig {
    /**
     * @schema KafkaSpecKafkaTemplatePodDnsConfig#nameservers
     */
    readonly nameservers?: string[];
    /**
     * @schema KafkaSpecKafkaTemplatePodDnsConfig#options
     */
    readonly options?: KafkaSpecKafkaTemplatePodDnsConfigOptions[];
    /**
     * @schema KafkaSpecKafkaTemplatePodDnsConfig#searches
     */
    readonly searches?: string[];
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplatePodDnsConfig' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplatePodDnsConfig(obj: KafkaSpecKafkaTemplatePodDnsConfig | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaTemplatePodVolumes
 */
export interface KafkaSpecKafkaTemplatePodVolumes {
    /**
     * Name to use for the volume. Required.
     *
     * @schema KafkaSpecKafkaTemplatePodVolumes#name
     */
    readonly name?: string;
    /**
     * `Secret` to use to populate the volume.
     *
     * @schema KafkaSpecKafkaTemplatePodVolumes#secret
     */
    readonly secret?: KafkaSpecKafkaTemplatePodVolumesSecret;
    /**
     * `ConfigMap` to use to populate the volume.
     *
     * @schema KafkaSpecKafkaTemplatePodVolumes#configMap
     */
    readonly configMap?: KafkaSpecKafkaTemplatePodVolumesConfigMap;
    /**
     * `EmptyDir` to use to populate the volume.
     *
     * @schema KafkaSpecKafkaTemplatePodVolumes#emptyDir
     */
    readonly emptyDir?: KafkaSpecKafkaTemplatePodVolumesEmptyDir;
    /**
     * `PersistentVolumeClaim` object to use to populate the volume.
     *
     * @schema KafkaSpecKafkaTemplatePodVolumes#persistentVolumeClaim
     */
    readonly persistentVolumeClaim?: KafkaSpecKafkaTemplatePodVolumesPersistentVolumeClaim;
    /**
     * `CSIVolumeSource` object to use to populate the volume.
     *
     * @schema KafkaSpecKafkaTemplatePodVolumes#csi
     */
    readonly csi?: KafkaSpecKafkaTemplatePodVolumesCsi;
    /**
     * `ImageVolumeSource` object to use to populate the volume.
     *
     * @schema KafkaSpecKafkaTemplatePodVolumes#image
     */
    readonly image?: KafkaSpecKafkaTemplatePodVolumesImage;
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplatePodVolumes' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplatePodVolumes(obj: KafkaSpecKafkaTemplatePodVolumes | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaTemplatePodTemplatedVolumes
 */
export interface KafkaSpecKafkaTemplatePodTemplatedVolumes {
    /**
     * Name to use for the volume. Required.
     *
     * @schema KafkaSpecKafkaTemplatePodTemplatedVolumes#name
     */
    readonly name?: string;
    /**
     * `Secret` to use to populate the volume. The name of the Secret and the items key and path fields can use placeholders that would be replaced for every individual node. Valid placeholders that you can use in the template are `{nodeId}` and `{nodePodName}`.
     *
     * @schema KafkaSpecKafkaTemplatePodTemplatedVolumes#secret
     */
    readonly secret?: KafkaSpecKafkaTemplatePodTemplatedVolumesSecret;
    /**
     * `ConfigMap` to use to populate the volume. The name of the ConfigMap and the items key and path fields can use placeholders that would be replaced for every individual node. Valid placeholders that you can use in the template are `{nodeId}` and `{nodePodName}`.
     *
     * @schema KafkaSpecKafkaTemplatePodTemplatedVolumes#configMap
     */
    readonly configMap?: KafkaSpecKafkaTemplatePodTemplatedVolumesConfigMap;
    /**
     * `PersistentVolumeClaim` object to use to populate the volume. The name of the Persistent Volume Claim can use placeholders that would be replaced for every individual node. Valid placeholders that you can use in the template are `{nodeId}` and `{nodePodName}`.
     *
     * @schema KafkaSpecKafkaTemplatePodTemplatedVolumes#persistentVolumeClaim
     */
    readonly persistentVolumeClaim?: KafkaSpecKafkaTemplatePodTemplatedVolumesPersistentVolumeClaim;
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplatePodTemplatedVolumes' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplatePodTemplatedVolumes(obj: KafkaSpecKafkaTemplatePodTemplatedVolumes | undefined): Record<string, any> | undefined;
/**
 * Metadata applied to the resource.
 *
 * @schema KafkaSpecKafkaTemplateBootstrapServiceMetadata
 */
export interface KafkaSpecKafkaTemplateBootstrapServiceMetadata {
    /**
     * Labels added to the Kubernetes resource.
     *
     * @schema KafkaSpecKafkaTemplateBootstrapServiceMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * Annotations added to the Kubernetes resource.
     *
     * @schema KafkaSpecKafkaTemplateBootstrapServiceMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplateBootstrapServiceMetadata' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplateBootstrapServiceMetadata(obj: KafkaSpecKafkaTemplateBootstrapServiceMetadata | undefined): Record<string, any> | undefined;
/**
 * Specifies the IP Family Policy used by the service. Available options are `SingleStack`, `PreferDualStack` and `RequireDualStack`. `SingleStack` is for a single IP family. `PreferDualStack` is for two IP families on dual-stack configured clusters or a single IP family on single-stack clusters. `RequireDualStack` fails unless there are two IP families on dual-stack configured clusters. If unspecified, Kubernetes will choose the default value based on the service type.
 *
 * @schema KafkaSpecKafkaTemplateBootstrapServiceIpFamilyPolicy
 */
export declare enum KafkaSpecKafkaTemplateBootstrapServiceIpFamilyPolicy {
    /** SingleStack */
    SINGLE_STACK = "SingleStack",
    /** PreferDualStack */
    PREFER_DUAL_STACK = "PreferDualStack",
    /** RequireDualStack */
    REQUIRE_DUAL_STACK = "RequireDualStack"
}
/**
 * @schema KafkaSpecKafkaTemplateBootstrapServiceIpFamilies
 */
export declare enum KafkaSpecKafkaTemplateBootstrapServiceIpFamilies {
    /** IPv4 */
    I_PV4 = "IPv4",
    /** IPv6 */
    I_PV6 = "IPv6"
}
/**
 * Metadata applied to the resource.
 *
 * @schema KafkaSpecKafkaTemplateBrokersServiceMetadata
 */
export interface KafkaSpecKafkaTemplateBrokersServiceMetadata {
    /**
     * Labels added to the Kubernetes resource.
     *
     * @schema KafkaSpecKafkaTemplateBrokersServiceMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * Annotations added to the Kubernetes resource.
     *
     * @schema KafkaSpecKafkaTemplateBrokersServiceMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplateBrokersServiceMetadata' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplateBrokersServiceMetadata(obj: KafkaSpecKafkaTemplateBrokersServiceMetadata | undefined): Record<string, any> | undefined;
/**
 * Specifies the IP Family Policy used by the service. Available options are `SingleStack`, `PreferDualStack` and `RequireDualStack`. `SingleStack` is for a single IP family. `PreferDualStack` is for two IP families on dual-stack configured clusters or a single IP family on single-stack clusters. `RequireDualStack` fails unless there are two IP families on dual-stack configured clusters. If unspecified, Kubernetes will choose the default value based on the service type.
 *
 * @schema KafkaSpecKafkaTemplateBrokersServiceIpFamilyPolicy
 */
export declare enum KafkaSpecKafkaTemplateBrokersServiceIpFamilyPolicy {
    /** SingleStack */
    SINGLE_STACK = "SingleStack",
    /** PreferDualStack */
    PREFER_DUAL_STACK = "PreferDualStack",
    /** RequireDualStack */
    REQUIRE_DUAL_STACK = "RequireDualStack"
}
/**
 * @schema KafkaSpecKafkaTemplateBrokersServiceIpFamilies
 */
export declare enum KafkaSpecKafkaTemplateBrokersServiceIpFamilies {
    /** IPv4 */
    I_PV4 = "IPv4",
    /** IPv6 */
    I_PV6 = "IPv6"
}
/**
 * Metadata applied to the resource.
 *
 * @schema KafkaSpecKafkaTemplateExternalBootstrapServiceMetadata
 */
export interface KafkaSpecKafkaTemplateExternalBootstrapServiceMetadata {
    /**
     * Labels added to the Kubernetes resource.
     *
     * @schema KafkaSpecKafkaTemplateExternalBootstrapServiceMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * Annotations added to the Kubernetes resource.
     *
     * @schema KafkaSpecKafkaTemplateExternalBootstrapServiceMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplateExternalBootstrapServiceMetadata' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplateExternalBootstrapServiceMetadata(obj: KafkaSpecKafkaTemplateExternalBootstrapServiceMetadata | undefined): Record<string, any> | undefined;
/**
 * Metadata applied to the resource.
 *
 * @schema KafkaSpecKafkaTemplatePerPodServiceMetadata
 */
export interface KafkaSpecKafkaTemplatePerPodServiceMetadata {
    /**
     * Labels added to the Kubernetes resource.
     *
     * @schema KafkaSpecKafkaTemplatePerPodServiceMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * Annotations added to the Kubernetes resource.
     *
     * @schema KafkaSpecKafkaTemplatePerPodServiceMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplatePerPodServiceMetadata' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplatePerPodServiceMetadata(obj: KafkaSpecKafkaTemplatePerPodServiceMetadata | undefined): Record<string, any> | undefined;
/**
 * Metadata applied to the resource.
 *
 * @schema KafkaSpecKafkaTemplateExternalBootstrapRouteMetadata
 */
export interface KafkaSpecKafkaTemplateExternalBootstrapRouteMetadata {
    /**
     * Labels added to the Kubernetes resource.
     *
     * @schema KafkaSpecKafkaTemplateExternalBootstrapRouteMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * Annotations added to the Kubernetes resource.
     *
     * @schema KafkaSpecKafkaTemplateExternalBootstrapRouteMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplateExternalBootstrapRouteMetadata' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplateExternalBootstrapRouteMetadata(obj: KafkaSpecKafkaTemplateExternalBootstrapRouteMetadata | undefined): Record<string, any> | undefined;
/**
 * Metadata applied to the resource.
 *
 * @schema KafkaSpecKafkaTemplatePerPodRouteMetadata
 */
export interface KafkaSpecKafkaTemplatePerPodRouteMetadata {
    /**
     * Labels added to the Kubernetes resource.
     *
     * @schema KafkaSpecKafkaTemplatePerPodRouteMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * Annotations added to the Kubernetes resource.
     *
     * @schema KafkaSpecKafkaTemplatePerPodRouteMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplatePerPodRouteMetadata' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplatePerPodRouteMetadata(obj: KafkaSpecKafkaTemplatePerPodRouteMetadata | undefined): Record<string, any> | undefined;
/**
 * Metadata applied to the resource.
 *
 * @schema KafkaSpecKafkaTemplateExternalBootstrapIngressMetadata
 */
export interface KafkaSpecKafkaTemplateExternalBootstrapIngressMetadata {
    /**
     * Labels added to the Kubernetes resource.
     *
     * @schema KafkaSpecKafkaTemplateExternalBootstrapIngressMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * Annotations added to the Kubernetes resource.
     *
     * @schema KafkaSpecKafkaTemplateExternalBootstrapIngressMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplateExternalBootstrapIngressMetadata' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplateExternalBootstrapIngressMetadata(obj: KafkaSpecKafkaTemplateExternalBootstrapIngressMetadata | undefined): Record<string, any> | undefined;
/**
 * Metadata applied to the resource.
 *
 * @schema KafkaSpecKafkaTemplatePerPodIngressMetadata
 */
export interface KafkaSpecKafkaTemplatePerPodIngressMetadata {
    /**
     * Labels added to the Kubernetes resource.
     *
     * @schema KafkaSpecKafkaTemplatePerPodIngressMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * Annotations added to the Kubernetes resource.
     *
     * @schema KafkaSpecKafkaTemplatePerPodIngressMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplatePerPodIngressMetadata' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplatePerPodIngressMetadata(obj: KafkaSpecKafkaTemplatePerPodIngressMetadata | undefined): Record<string, any> | undefined;
/**
 * Metadata applied to the resource.
 *
 * @schema KafkaSpecKafkaTemplatePersistentVolumeClaimMetadata
 */
export interface KafkaSpecKafkaTemplatePersistentVolumeClaimMetadata {
    /**
     * Labels added to the Kubernetes resource.
     *
     * @schema KafkaSpecKafkaTemplatePersistentVolumeClaimMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * Annotations added to the Kubernetes resource.
     *
     * @schema KafkaSpecKafkaTemplatePersistentVolumeClaimMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplatePersistentVolumeClaimMetadata' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplatePersistentVolumeClaimMetadata(obj: KafkaSpecKafkaTemplatePersistentVolumeClaimMetadata | undefined): Record<string, any> | undefined;
/**
 * Metadata to apply to the `PodDisruptionBudgetTemplate` resource.
 *
 * @schema KafkaSpecKafkaTemplatePodDisruptionBudgetMetadata
 */
export interface KafkaSpecKafkaTemplatePodDisruptionBudgetMetadata {
    /**
     * Labels added to the Kubernetes resource.
     *
     * @schema KafkaSpecKafkaTemplatePodDisruptionBudgetMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * Annotations added to the Kubernetes resource.
     *
     * @schema KafkaSpecKafkaTemplatePodDisruptionBudgetMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplatePodDisruptionBudgetMetadata' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplatePodDisruptionBudgetMetadata(obj: KafkaSpecKafkaTemplatePodDisruptionBudgetMetadata | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaTemplateKafkaContainerEnv
 */
export interface KafkaSpecKafkaTemplateKafkaContainerEnv {
    /**
     * The environment variable key.
     *
     * @schema KafkaSpecKafkaTemplateKafkaContainerEnv#name
     */
    readonly name?: string;
    /**
     * The environment variable value.
     *
     * @schema KafkaSpecKafkaTemplateKafkaContainerEnv#value
     */
    readonly value?: string;
    /**
     * Reference to the secret or config map property to which the environment variable is set.
     *
     * @schema KafkaSpecKafkaTemplateKafkaContainerEnv#valueFrom
     */
    readonly valueFrom?: KafkaSpecKafkaTemplateKafkaContainerEnvValueFrom;
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplateKafkaContainerEnv' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplateKafkaContainerEnv(obj: KafkaSpecKafkaTemplateKafkaContainerEnv | undefined): Record<string, any> | undefined;
/**
 * Security context for the container.
 *
 * @schema KafkaSpecKafkaTemplateKafkaContainerSecurityContext
 */
export interface KafkaSpecKafkaTemplateKafkaContainerSecurityContext {
    /**
     * @schema KafkaSpecKafkaTemplateKafkaContainerSecurityContext#allowPrivilegeEscalation
     */
    readonly allowPrivilegeEscalation?: boolean;
    /**
     * @schema KafkaSpecKafkaTemplateKafkaContainerSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: KafkaSpecKafkaTemplateKafkaContainerSecurityContextAppArmorProfile;
    /**
     * @schema KafkaSpecKafkaTemplateKafkaContainerSecurityContext#capabilities
     */
    readonly capabilities?: KafkaSpecKafkaTemplateKafkaContainerSecurityContextCapabilities;
    /**
     * @schema KafkaSpecKafkaTemplateKafkaContainerSecurityContext#privileged
     */
    readonly privileged?: boolean;
    /**
     * @schema KafkaSpecKafkaTemplateKafkaContainerSecurityContext#procMount
     */
    readonly procMount?: string;
    /**
     * @schema KafkaSpecKafkaTemplateKafkaContainerSecurityContext#readOnlyRootFilesystem
     */
    readonly readOnlyRootFilesystem?: boolean;
    /**
     * @schema KafkaSpecKafkaTemplateKafkaContainerSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * @schema KafkaSpecKafkaTemplateKafkaContainerSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * @schema KafkaSpecKafkaTemplateKafkaContainerSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * @schema KafkaSpecKafkaTemplateKafkaContainerSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: KafkaSpecKafkaTemplateKafkaContainerSecurityContextSeLinuxOptions;
    /**
     * @schema KafkaSpecKafkaTemplateKafkaContainerSecurityContext#seccompProfile
     */
    readonly seccompProfile?: KafkaSpecKafkaTemplateKafkaContainerSecurityContextSeccompProfile;
    /**
     * @schema KafkaSpecKafkaTemplateKafkaContainerSecurityContext#windowsOptions
     */
    readonly windowsOptions?: KafkaSpecKafkaTemplateKafkaContainerSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplateKafkaContainerSecurityContext' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplateKafkaContainerSecurityContext(obj: KafkaSpecKafkaTemplateKafkaContainerSecurityContext | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaTemplateKafkaContainerVolumeMounts
 */
export interface KafkaSpecKafkaTemplateKafkaContainerVolumeMounts {
    /**
     * @schema KafkaSpecKafkaTemplateKafkaContainerVolumeMounts#mountPath
     */
    readonly mountPath?: string;
    /**
     * @schema KafkaSpecKafkaTemplateKafkaContainerVolumeMounts#mountPropagation
     */
    readonly mountPropagation?: string;
    /**
     * @schema KafkaSpecKafkaTemplateKafkaContainerVolumeMounts#name
     */
    readonly name?: string;
    /**
     * @schema KafkaSpecKafkaTemplateKafkaContainerVolumeMounts#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema KafkaSpecKafkaTemplateKafkaContainerVolumeMounts#recursiveReadOnly
     */
    readonly recursiveReadOnly?: string;
    /**
     * @schema KafkaSpecKafkaTemplateKafkaContainerVolumeMounts#subPath
     */
    readonly subPath?: string;
    /**
     * @schema KafkaSpecKafkaTemplateKafkaContainerVolumeMounts#subPathExpr
     */
    readonly subPathExpr?: string;
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplateKafkaContainerVolumeMounts' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplateKafkaContainerVolumeMounts(obj: KafkaSpecKafkaTemplateKafkaContainerVolumeMounts | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaTemplateInitContainerEnv
 */
export interface KafkaSpecKafkaTemplateInitContainerEnv {
    /**
     * The environment variable key.
     *
     * @schema KafkaSpecKafkaTemplateInitContainerEnv#name
     */
    readonly name?: string;
    /**
     * The environment variable value.
     *
     * @schema KafkaSpecKafkaTemplateInitContainerEnv#value
     */
    readonly value?: string;
    /**
     * Reference to the secret or config map property to which the environment variable is set.
     *
     * @schema KafkaSpecKafkaTemplateInitContainerEnv#valueFrom
     */
    readonly valueFrom?: KafkaSpecKafkaTemplateInitContainerEnvValueFrom;
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplateInitContainerEnv' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplateInitContainerEnv(obj: KafkaSpecKafkaTemplateInitContainerEnv | undefined): Record<string, any> | undefined;
/**
 * Security context for the container.
 *
 * @schema KafkaSpecKafkaTemplateInitContainerSecurityContext
 */
export interface KafkaSpecKafkaTemplateInitContainerSecurityContext {
    /**
     * @schema KafkaSpecKafkaTemplateInitContainerSecurityContext#allowPrivilegeEscalation
     */
    readonly allowPrivilegeEscalation?: boolean;
    /**
     * @schema KafkaSpecKafkaTemplateInitContainerSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: KafkaSpecKafkaTemplateInitContainerSecurityContextAppArmorProfile;
    /**
     * @schema KafkaSpecKafkaTemplateInitContainerSecurityContext#capabilities
     */
    readonly capabilities?: KafkaSpecKafkaTemplateInitContainerSecurityContextCapabilities;
    /**
     * @schema KafkaSpecKafkaTemplateInitContainerSecurityContext#privileged
     */
    readonly privileged?: boolean;
    /**
     * @schema KafkaSpecKafkaTemplateInitContainerSecurityContext#procMount
     */
    readonly procMount?: string;
    /**
     * @schema KafkaSpecKafkaTemplateInitContainerSecurityContext#readOnlyRootFilesystem
     */
    readonly readOnlyRootFilesystem?: boolean;
    /**
     * @schema KafkaSpecKafkaTemplateInitContainerSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * @schema KafkaSpecKafkaTemplateInitContainerSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * @schema KafkaSpecKafkaTemplateInitContainerSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * @schema KafkaSpecKafkaTemplateInitContainerSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: KafkaSpecKafkaTemplateInitContainerSecurityContextSeLinuxOptions;
    /**
     * @schema KafkaSpecKafkaTemplateInitContainerSecurityContext#seccompProfile
     */
    readonly seccompProfile?: KafkaSpecKafkaTemplateInitContainerSecurityContextSeccompProfile;
    /**
     * @schema KafkaSpecKafkaTemplateInitContainerSecurityContext#windowsOptions
     */
    readonly windowsOptions?: KafkaSpecKafkaTemplateInitContainerSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplateInitContainerSecurityContext' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplateInitContainerSecurityContext(obj: KafkaSpecKafkaTemplateInitContainerSecurityContext | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaTemplateInitContainerVolumeMounts
 */
export interface KafkaSpecKafkaTemplateInitContainerVolumeMounts {
    /**
     * @schema KafkaSpecKafkaTemplateInitContainerVolumeMounts#mountPath
     */
    readonly mountPath?: string;
    /**
     * @schema KafkaSpecKafkaTemplateInitContainerVolumeMounts#mountPropagation
     */
    readonly mountPropagation?: string;
    /**
     * @schema KafkaSpecKafkaTemplateInitContainerVolumeMounts#name
     */
    readonly name?: string;
    /**
     * @schema KafkaSpecKafkaTemplateInitContainerVolumeMounts#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema KafkaSpecKafkaTemplateInitContainerVolumeMounts#recursiveReadOnly
     */
    readonly recursiveReadOnly?: string;
    /**
     * @schema KafkaSpecKafkaTemplateInitContainerVolumeMounts#subPath
     */
    readonly subPath?: string;
    /**
     * @schema KafkaSpecKafkaTemplateInitContainerVolumeMounts#subPathExpr
     */
    readonly subPathExpr?: string;
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplateInitContainerVolumeMounts' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplateInitContainerVolumeMounts(obj: KafkaSpecKafkaTemplateInitContainerVolumeMounts | undefined): Record<string, any> | undefined;
/**
 * Metadata applied to the resource.
 *
 * @schema KafkaSpecKafkaTemplateClusterCaCertMetadata
 */
export interface KafkaSpecKafkaTemplateClusterCaCertMetadata {
    /**
     * Labels added to the Kubernetes resource.
     *
     * @schema KafkaSpecKafkaTemplateClusterCaCertMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * Annotations added to the Kubernetes resource.
     *
     * @schema KafkaSpecKafkaTemplateClusterCaCertMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplateClusterCaCertMetadata' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplateClusterCaCertMetadata(obj: KafkaSpecKafkaTemplateClusterCaCertMetadata | undefined): Record<string, any> | undefined;
/**
 * Metadata applied to the resource.
 *
 * @schema KafkaSpecKafkaTemplateServiceAccountMetadata
 */
export interface KafkaSpecKafkaTemplateServiceAccountMetadata {
    /**
     * Labels added to the Kubernetes resource.
     *
     * @schema KafkaSpecKafkaTemplateServiceAccountMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * Annotations added to the Kubernetes resource.
     *
     * @schema KafkaSpecKafkaTemplateServiceAccountMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplateServiceAccountMetadata' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplateServiceAccountMetadata(obj: KafkaSpecKafkaTemplateServiceAccountMetadata | undefined): Record<string, any> | undefined;
/**
 * Metadata applied to the resource.
 *
 * @schema KafkaSpecKafkaTemplateJmxSecretMetadata
 */
export interface KafkaSpecKafkaTemplateJmxSecretMetadata {
    /**
     * Labels added to the Kubernetes resource.
     *
     * @schema KafkaSpecKafkaTemplateJmxSecretMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * Annotations added to the Kubernetes resource.
     *
     * @schema KafkaSpecKafkaTemplateJmxSecretMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplateJmxSecretMetadata' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplateJmxSecretMetadata(obj: KafkaSpecKafkaTemplateJmxSecretMetadata | undefined): Record<string, any> | undefined;
/**
 * Metadata applied to the resource.
 *
 * @schema KafkaSpecKafkaTemplateClusterRoleBindingMetadata
 */
export interface KafkaSpecKafkaTemplateClusterRoleBindingMetadata {
    /**
     * Labels added to the Kubernetes resource.
     *
     * @schema KafkaSpecKafkaTemplateClusterRoleBindingMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * Annotations added to the Kubernetes resource.
     *
     * @schema KafkaSpecKafkaTemplateClusterRoleBindingMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplateClusterRoleBindingMetadata' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplateClusterRoleBindingMetadata(obj: KafkaSpecKafkaTemplateClusterRoleBindingMetadata | undefined): Record<string, any> | undefined;
/**
 * Metadata applied to the resource.
 *
 * @schema KafkaSpecKafkaTemplatePodSetMetadata
 */
export interface KafkaSpecKafkaTemplatePodSetMetadata {
    /**
     * Labels added to the Kubernetes resource.
     *
     * @schema KafkaSpecKafkaTemplatePodSetMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * Annotations added to the Kubernetes resource.
     *
     * @schema KafkaSpecKafkaTemplatePodSetMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplatePodSetMetadata' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplatePodSetMetadata(obj: KafkaSpecKafkaTemplatePodSetMetadata | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecEntityOperatorTopicOperatorResourcesClaims
 */
export interface KafkaSpecEntityOperatorTopicOperatorResourcesClaims {
    /**
     * @schema KafkaSpecEntityOperatorTopicOperatorResourcesClaims#name
     */
    readonly name?: string;
    /**
     * @schema KafkaSpecEntityOperatorTopicOperatorResourcesClaims#request
     */
    readonly request?: string;
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTopicOperatorResourcesClaims' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTopicOperatorResourcesClaims(obj: KafkaSpecEntityOperatorTopicOperatorResourcesClaims | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecEntityOperatorTopicOperatorResourcesLimits
 */
export declare class KafkaSpecEntityOperatorTopicOperatorResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): KafkaSpecEntityOperatorTopicOperatorResourcesLimits;
    static fromString(value: string): KafkaSpecEntityOperatorTopicOperatorResourcesLimits;
    private constructor();
}
/**
 * @schema KafkaSpecEntityOperatorTopicOperatorResourcesRequests
 */
export declare class KafkaSpecEntityOperatorTopicOperatorResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): KafkaSpecEntityOperatorTopicOperatorResourcesRequests;
    static fromString(value: string): KafkaSpecEntityOperatorTopicOperatorResourcesRequests;
    private constructor();
}
/**
 * Logging type, must be either 'inline' or 'external'.
 *
 * @schema KafkaSpecEntityOperatorTopicOperatorLoggingType
 */
export declare enum KafkaSpecEntityOperatorTopicOperatorLoggingType {
    /** inline */
    INLINE = "inline",
    /** external */
    EXTERNAL = "external"
}
/**
 * `ConfigMap` entry where the logging configuration is stored.
 *
 * @schema KafkaSpecEntityOperatorTopicOperatorLoggingValueFrom
 */
export interface KafkaSpecEntityOperatorTopicOperatorLoggingValueFrom {
    /**
     * Reference to the key in the ConfigMap containing the configuration.
     *
     * @schema KafkaSpecEntityOperatorTopicOperatorLoggingValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: KafkaSpecEntityOperatorTopicOperatorLoggingValueFromConfigMapKeyRef;
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTopicOperatorLoggingValueFrom' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTopicOperatorLoggingValueFrom(obj: KafkaSpecEntityOperatorTopicOperatorLoggingValueFrom | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecEntityOperatorTopicOperatorJvmOptionsJavaSystemProperties
 */
export interface KafkaSpecEntityOperatorTopicOperatorJvmOptionsJavaSystemProperties {
    /**
     * The system property name.
     *
     * @schema KafkaSpecEntityOperatorTopicOperatorJvmOptionsJavaSystemProperties#name
     */
    readonly name?: string;
    /**
     * The system property value.
     *
     * @schema KafkaSpecEntityOperatorTopicOperatorJvmOptionsJavaSystemProperties#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTopicOperatorJvmOptionsJavaSystemProperties' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTopicOperatorJvmOptionsJavaSystemProperties(obj: KafkaSpecEntityOperatorTopicOperatorJvmOptionsJavaSystemProperties | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecEntityOperatorUserOperatorResourcesClaims
 */
export interface KafkaSpecEntityOperatorUserOperatorResourcesClaims {
    /**
     * @schema KafkaSpecEntityOperatorUserOperatorResourcesClaims#name
     */
    readonly name?: string;
    /**
     * @schema KafkaSpecEntityOperatorUserOperatorResourcesClaims#request
     */
    readonly request?: string;
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorUserOperatorResourcesClaims' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorUserOperatorResourcesClaims(obj: KafkaSpecEntityOperatorUserOperatorResourcesClaims | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecEntityOperatorUserOperatorResourcesLimits
 */
export declare class KafkaSpecEntityOperatorUserOperatorResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): KafkaSpecEntityOperatorUserOperatorResourcesLimits;
    static fromString(value: string): KafkaSpecEntityOperatorUserOperatorResourcesLimits;
    private constructor();
}
/**
 * @schema KafkaSpecEntityOperatorUserOperatorResourcesRequests
 */
export declare class KafkaSpecEntityOperatorUserOperatorResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): KafkaSpecEntityOperatorUserOperatorResourcesRequests;
    static fromString(value: string): KafkaSpecEntityOperatorUserOperatorResourcesRequests;
    private constructor();
}
/**
 * Logging type, must be either 'inline' or 'external'.
 *
 * @schema KafkaSpecEntityOperatorUserOperatorLoggingType
 */
export declare enum KafkaSpecEntityOperatorUserOperatorLoggingType {
    /** inline */
    INLINE = "inline",
    /** external */
    EXTERNAL = "external"
}
/**
 * `ConfigMap` entry where the logging configuration is stored.
 *
 * @schema KafkaSpecEntityOperatorUserOperatorLoggingValueFrom
 */
export interface KafkaSpecEntityOperatorUserOperatorLoggingValueFrom {
    /**
     * Reference to the key in the ConfigMap containing the configuration.
     *
     * @schema KafkaSpecEntityOperatorUserOperatorLoggingValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: KafkaSpecEntityOperatorUserOperatorLoggingValueFromConfigMapKeyRef;
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorUserOperatorLoggingValueFrom' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorUserOperatorLoggingValueFrom(obj: KafkaSpecEntityOperatorUserOperatorLoggingValueFrom | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecEntityOperatorUserOperatorJvmOptionsJavaSystemProperties
 */
export interface KafkaSpecEntityOperatorUserOperatorJvmOptionsJavaSystemProperties {
    /**
     * The system property name.
     *
     * @schema KafkaSpecEntityOperatorUserOperatorJvmOptionsJavaSystemProperties#name
     */
    readonly name?: string;
    /**
     * The system property value.
     *
     * @schema KafkaSpecEntityOperatorUserOperatorJvmOptionsJavaSystemProperties#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorUserOperatorJvmOptionsJavaSystemProperties' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorUserOperatorJvmOptionsJavaSystemProperties(obj: KafkaSpecEntityOperatorUserOperatorJvmOptionsJavaSystemProperties | undefined): Record<string, any> | undefined;
/**
 * Metadata applied to the resource.
 *
 * @schema KafkaSpecEntityOperatorTemplateDeploymentMetadata
 */
export interface KafkaSpecEntityOperatorTemplateDeploymentMetadata {
    /**
     * Labels added to the Kubernetes resource.
     *
     * @schema KafkaSpecEntityOperatorTemplateDeploymentMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * Annotations added to the Kubernetes resource.
     *
     * @schema KafkaSpecEntityOperatorTemplateDeploymentMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplateDeploymentMetadata' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplateDeploymentMetadata(obj: KafkaSpecEntityOperatorTemplateDeploymentMetadata | undefined): Record<string, any> | undefined;
/**
 * Pod replacement strategy for deployment configuration changes. Valid values are `RollingUpdate` and `Recreate`. Defaults to `RollingUpdate`.
 *
 * @default RollingUpdate`.
 * @schema KafkaSpecEntityOperatorTemplateDeploymentDeploymentStrategy
 */
export declare enum KafkaSpecEntityOperatorTemplateDeploymentDeploymentStrategy {
    /** RollingUpdate */
    ROLLING_UPDATE = "RollingUpdate",
    /** Recreate */
    RECREATE = "Recreate"
}
/**
 * Metadata applied to the resource.
 *
 * @schema KafkaSpecEntityOperatorTemplatePodMetadata
 */
export interface KafkaSpecEntityOperatorTemplatePodMetadata {
    /**
     * Labels added to the Kubernetes resource.
     *
     * @schema KafkaSpecEntityOperatorTemplatePodMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * Annotations added to the Kubernetes resource.
     *
     * @schema KafkaSpecEntityOperatorTemplatePodMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplatePodMetadata' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplatePodMetadata(obj: KafkaSpecEntityOperatorTemplatePodMetadata | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecEntityOperatorTemplatePodImagePullSecrets
 */
export interface KafkaSpecEntityOperatorTemplatePodImagePullSecrets {
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodImagePullSecrets#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplatePodImagePullSecrets' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplatePodImagePullSecrets(obj: KafkaSpecEntityOperatorTemplatePodImagePullSecrets | undefined): Record<string, any> | undefined;
/**
 * Configures pod-level security attributes and common container settings.
 *
 * @schema KafkaSpecEntityOperatorTemplatePodSecurityContext
 */
export interface KafkaSpecEntityOperatorTemplatePodSecurityContext {
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: KafkaSpecEntityOperatorTemplatePodSecurityContextAppArmorProfile;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodSecurityContext#fsGroup
     */
    readonly fsGroup?: number;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodSecurityContext#fsGroupChangePolicy
     */
    readonly fsGroupChangePolicy?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodSecurityContext#seLinuxChangePolicy
     */
    readonly seLinuxChangePolicy?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: KafkaSpecEntityOperatorTemplatePodSecurityContextSeLinuxOptions;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodSecurityContext#seccompProfile
     */
    readonly seccompProfile?: KafkaSpecEntityOperatorTemplatePodSecurityContextSeccompProfile;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodSecurityContext#supplementalGroups
     */
    readonly supplementalGroups?: number[];
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodSecurityContext#supplementalGroupsPolicy
     */
    readonly supplementalGroupsPolicy?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodSecurityContext#sysctls
     */
    readonly sysctls?: KafkaSpecEntityOperatorTemplatePodSecurityContextSysctls[];
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodSecurityContext#windowsOptions
     */
    readonly windowsOptions?: KafkaSpecEntityOperatorTemplatePodSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplatePodSecurityContext' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplatePodSecurityContext(obj: KafkaSpecEntityOperatorTemplatePodSecurityContext | undefined): Record<string, any> | undefined;
/**
 * The pod's affinity rules.
 *
 * @schema KafkaSpecEntityOperatorTemplatePodAffinity
 */
export interface KafkaSpecEntityOperatorTemplatePodAffinity {
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinity#nodeAffinity
     */
    readonly nodeAffinity?: KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinity;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinity#podAffinity
     */
    readonly podAffinity?: KafkaSpecEntityOperatorTemplatePodAffinityPodAffinity;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinity#podAntiAffinity
     */
    readonly podAntiAffinity?: KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinity;
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplatePodAffinity' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplatePodAffinity(obj: KafkaSpecEntityOperatorTemplatePodAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecEntityOperatorTemplatePodTolerations
 */
export interface KafkaSpecEntityOperatorTemplatePodTolerations {
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodTolerations#effect
     */
    readonly effect?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodTolerations#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodTolerations#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodTolerations#tolerationSeconds
     */
    readonly tolerationSeconds?: number;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodTolerations#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplatePodTolerations' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplatePodTolerations(obj: KafkaSpecEntityOperatorTemplatePodTolerations | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecEntityOperatorTemplatePodTopologySpreadConstraints
 */
export interface KafkaSpecEntityOperatorTemplatePodTopologySpreadConstraints {
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodTopologySpreadConstraints#labelSelector
     */
    readonly labelSelector?: KafkaSpecEntityOperatorTemplatePodTopologySpreadConstraintsLabelSelector;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodTopologySpreadConstraints#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodTopologySpreadConstraints#maxSkew
     */
    readonly maxSkew?: number;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodTopologySpreadConstraints#minDomains
     */
    readonly minDomains?: number;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodTopologySpreadConstraints#nodeAffinityPolicy
     */
    readonly nodeAffinityPolicy?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodTopologySpreadConstraints#nodeTaintsPolicy
     */
    readonly nodeTaintsPolicy?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodTopologySpreadConstraints#topologyKey
     */
    readonly topologyKey?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodTopologySpreadConstraints#whenUnsatisfiable
     */
    readonly whenUnsatisfiable?: string;
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplatePodTopologySpreadConstraints' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplatePodTopologySpreadConstraints(obj: KafkaSpecEntityOperatorTemplatePodTopologySpreadConstraints | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecEntityOperatorTemplatePodHostAliases
 */
export interface KafkaSpecEntityOperatorTemplatePodHostAliases {
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodHostAliases#hostnames
     */
    readonly hostnames?: string[];
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodHostAliases#ip
     */
    readonly ip?: string;
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplatePodHostAliases' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplatePodHostAliases(obj: KafkaSpecEntityOperatorTemplatePodHostAliases | undefined): Record<string, any> | undefined;
/**
 * The pod's DNSPolicy. Defaults to `ClusterFirst`. Valid values are `ClusterFirstWithHostNet`, `ClusterFirst`, `Default` or `None`.
 *
 * @default ClusterFirst`. Valid values are `ClusterFirstWithHostNet`, `ClusterFirst`, `Default` or `None`.
 * @schema KafkaSpecEntityOperatorTemplatePodDnsPolicy
 */
export declare enum KafkaSpecEntityOperatorTemplatePodDnsPolicy {
    /** ClusterFirst */
    CLUSTER_FIRST = "ClusterFirst",
    /** ClusterFirstWithHostNet */
    CLUSTER_FIRST_WITH_HOST_NET = "ClusterFirstWithHostNet",
    /** Default */
    DEFAULT = "Default",
    /** None */
    NONE = "None"
}
/**
 * The pod's DNSConfig. If specified, it will be merged to the generated DNS configuration based on the DNSPolicy.
 *
 * @schema KafkaSpecEntityOperatorTemplatePodDnsConfig
 */
export interface KafkaSpecEntityOperatorTemplatePodDnsConfig {
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodDnsConfig#nameservers
     */
    readonly nameservers?: string[];
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodDnsConfig#options
     */
    readonly options?: KafkaSpecEntityOperatorTemplatePodDnsConfigOptions[];
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodDnsConfig#searches
     */
    readonly searches?: string[];
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplatePodDnsConfig' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplatePodDnsConfig(obj: KafkaSpecEntityOperatorTemplatePodDnsConfig | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecEntityOperatorTemplatePodVolumes
 */
export interface KafkaSpecEntityOperatorTemplatePodVolumes {
    /**
     * Name to use for the volume. Required.
     *
     * @schema KafkaSpecEntityOperatorTemplatePodVolumes#name
     */
    readonly name?: string;
    /**
     * `Secret` to use to populate the volume.
     *
     * @schema KafkaSpecEntityOperatorTemplatePodVolumes#secret
     */
    readonly secret?: KafkaSpecEntityOperatorTemplatePodVolumesSecret;
    /**
     * `ConfigMap` to use to populate the volume.
     *
     * @schema KafkaSpecEntityOperatorTemplatePodVolumes#configMap
     */
    readonly configMap?: KafkaSpecEntityOperatorTemplatePodVolumesConfigMap;
    /**
     * `EmptyDir` to use to populate the volume.
     *
     * @schema KafkaSpecEntityOperatorTemplatePodVolumes#emptyDir
     */
    readonly emptyDir?: KafkaSpecEntityOperatorTemplatePodVolumesEmptyDir;
    /**
     * `PersistentVolumeClaim` object to use to populate the volume.
     *
     * @schema KafkaSpecEntityOperatorTemplatePodVolumes#persistentVolumeClaim
     */
    readonly persistentVolumeClaim?: KafkaSpecEntityOperatorTemplatePodVolumesPersistentVolumeClaim;
    /**
     * `CSIVolumeSource` object to use to populate the volume.
     *
     * @schema KafkaSpecEntityOperatorTemplatePodVolumes#csi
     */
    readonly csi?: KafkaSpecEntityOperatorTemplatePodVolumesCsi;
    /**
     * `ImageVolumeSource` object to use to populate the volume.
     *
     * @schema KafkaSpecEntityOperatorTemplatePodVolumes#image
     */
    readonly image?: KafkaSpecEntityOperatorTemplatePodVolumesImage;
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplatePodVolumes' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplatePodVolumes(obj: KafkaSpecEntityOperatorTemplatePodVolumes | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecEntityOperatorTemplateTopicOperatorContainerEnv
 */
export interface KafkaSpecEntityOperatorTemplateTopicOperatorContainerEnv {
    /**
     * The environment variable key.
     *
     * @schema KafkaSpecEntityOperatorTemplateTopicOperatorContainerEnv#name
     */
    readonly name?: string;
    /**
     * The environment variable value.
     *
     * @schema KafkaSpecEntityOperatorTemplateTopicOperatorContainerEnv#value
     */
    readonly value?: string;
    /**
     * Reference to the secret or config map property to which the environment variable is set.
     *
     * @schema KafkaSpecEntityOperatorTemplateTopicOperatorContainerEnv#valueFrom
     */
    readonly valueFrom?: KafkaSpecEntityOperatorTemplateTopicOperatorContainerEnvValueFrom;
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplateTopicOperatorContainerEnv' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplateTopicOperatorContainerEnv(obj: KafkaSpecEntityOperatorTemplateTopicOperatorContainerEnv | undefined): Record<string, any> | undefined;
/**
 * Security context for the container.
 *
 * @schema KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContext
 */
export interface KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContext {
    /**
     * @schema KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContext#allowPrivilegeEscalation
     */
    readonly allowPrivilegeEscalation?: boolean;
    /**
     * @schema KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContextAppArmorProfile;
    /**
     * @schema KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContext#capabilities
     */
    readonly capabilities?: KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContextCapabilities;
    /**
     * @schema KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContext#privileged
     */
    readonly privileged?: boolean;
    /**
     * @schema KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContext#procMount
     */
    readonly procMount?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContext#readOnlyRootFilesystem
     */
    readonly readOnlyRootFilesystem?: boolean;
    /**
     * @schema KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * @schema KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * @schema KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * @schema KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContextSeLinuxOptions;
    /**
     * @schema KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContext#seccompProfile
     */
    readonly seccompProfile?: KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContextSeccompProfile;
    /**
     * @schema KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContext#windowsOptions
     */
    readonly windowsOptions?: KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContext' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContext(obj: KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContext | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecEntityOperatorTemplateTopicOperatorContainerVolumeMounts
 */
export interface KafkaSpecEntityOperatorTemplateTopicOperatorContainerVolumeMounts {
    /**
     * @schema KafkaSpecEntityOperatorTemplateTopicOperatorContainerVolumeMounts#mountPath
     */
    readonly mountPath?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplateTopicOperatorContainerVolumeMounts#mountPropagation
     */
    readonly mountPropagation?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplateTopicOperatorContainerVolumeMounts#name
     */
    readonly name?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplateTopicOperatorContainerVolumeMounts#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema KafkaSpecEntityOperatorTemplateTopicOperatorContainerVolumeMounts#recursiveReadOnly
     */
    readonly recursiveReadOnly?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplateTopicOperatorContainerVolumeMounts#subPath
     */
    readonly subPath?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplateTopicOperatorContainerVolumeMounts#subPathExpr
     */
    readonly subPathExpr?: string;
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplateTopicOperatorContainerVolumeMounts' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplateTopicOperatorContainerVolumeMounts(obj: KafkaSpecEntityOperatorTemplateTopicOperatorContainerVolumeMounts | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecEntityOperatorTemplateUserOperatorContainerEnv
 */
export interface KafkaSpecEntityOperatorTemplateUserOperatorContainerEnv {
    /**
     * The environment variable key.
     *
     * @schema KafkaSpecEntityOperatorTemplateUserOperatorContainerEnv#name
     */
    readonly name?: string;
    /**
     * The environment variable value.
     *
     * @schema KafkaSpecEntityOperatorTemplateUserOperatorContainerEnv#value
     */
    readonly value?: string;
    /**
     * Reference to the secret or config map property to which the environment variable is set.
     *
     * @schema KafkaSpecEntityOperatorTemplateUserOperatorContainerEnv#valueFrom
     */
    readonly valueFrom?: KafkaSpecEntityOperatorTemplateUserOperatorContainerEnvValueFrom;
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplateUserOperatorContainerEnv' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplateUserOperatorContainerEnv(obj: KafkaSpecEntityOperatorTemplateUserOperatorContainerEnv | undefined): Record<string, any> | undefined;
/**
 * Security context for the container.
 *
 * @schema KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContext
 */
export interface KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContext {
    /**
     * @schema KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContext#allowPrivilegeEscalation
     */
    readonly allowPrivilegeEscalation?: boolean;
    /**
     * @schema KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContextAppArmorProfile;
    /**
     * @schema KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContext#capabilities
     */
    readonly capabilities?: KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContextCapabilities;
    /**
     * @schema KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContext#privileged
     */
    readonly privileged?: boolean;
    /**
     * @schema KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContext#procMount
     */
    readonly procMount?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContext#readOnlyRootFilesystem
     */
    readonly readOnlyRootFilesystem?: boolean;
    /**
     * @schema KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * @schema KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * @schema KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * @schema KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContextSeLinuxOptions;
    /**
     * @schema KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContext#seccompProfile
     */
    readonly seccompProfile?: KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContextSeccompProfile;
    /**
     * @schema KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContext#windowsOptions
     */
    readonly windowsOptions?: KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContext' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContext(obj: KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContext | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecEntityOperatorTemplateUserOperatorContainerVolumeMounts
 */
export interface KafkaSpecEntityOperatorTemplateUserOperatorContainerVolumeMounts {
    /**
     * @schema KafkaSpecEntityOperatorTemplateUserOperatorContainerVolumeMounts#mountPath
     */
    readonly mountPath?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplateUserOperatorContainerVolumeMounts#mountPropagation
     */
    readonly mountPropagation?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplateUserOperatorContainerVolumeMounts#name
     */
    readonly name?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplateUserOperatorContainerVolumeMounts#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema KafkaSpecEntityOperatorTemplateUserOperatorContainerVolumeMounts#recursiveReadOnly
     */
    readonly recursiveReadOnly?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplateUserOperatorContainerVolumeMounts#subPath
     */
    readonly subPath?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplateUserOperatorContainerVolumeMounts#subPathExpr
     */
    readonly subPathExpr?: string;
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplateUserOperatorContainerVolumeMounts' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplateUserOperatorContainerVolumeMounts(obj: KafkaSpecEntityOperatorTemplateUserOperatorContainerVolumeMounts | undefined): Record<string, any> | undefined;
/**
 * Metadata applied to the resource.
 *
 * @schema KafkaSpecEntityOperatorTemplateServiceAccountMetadata
 */
export interface KafkaSpecEntityOperatorTemplateServiceAccountMetadata {
    /**
     * Labels added to the Kubernetes resource.
     *
     * @schema KafkaSpecEntityOperatorTemplateServiceAccountMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * Annotations added to the Kubernetes resource.
     *
     * @schema KafkaSpecEntityOperatorTemplateServiceAccountMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplateServiceAccountMetadata' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplateServiceAccountMetadata(obj: KafkaSpecEntityOperatorTemplateServiceAccountMetadata | undefined): Record<string, any> | undefined;
/**
 * Metadata to apply to the `PodDisruptionBudgetTemplate` resource.
 *
 * @schema KafkaSpecEntityOperatorTemplatePodDisruptionBudgetMetadata
 */
export interface KafkaSpecEntityOperatorTemplatePodDisruptionBudgetMetadata {
    /**
     * Labels added to the Kubernetes resource.
     *
     * @schema KafkaSpecEntityOperatorTemplatePodDisruptionBudgetMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * Annotations added to the Kubernetes resource.
     *
     * @schema KafkaSpecEntityOperatorTemplatePodDisruptionBudgetMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplatePodDisruptionBudgetMetadata' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplatePodDisruptionBudgetMetadata(obj: KafkaSpecEntityOperatorTemplatePodDisruptionBudgetMetadata | undefined): Record<string, any> | undefined;
/**
 * Metadata applied to the resource.
 *
 * @schema KafkaSpecEntityOperatorTemplateEntityOperatorRoleMetadata
 */
export interface KafkaSpecEntityOperatorTemplateEntityOperatorRoleMetadata {
    /**
     * Labels added to the Kubernetes resource.
     *
     * @schema KafkaSpecEntityOperatorTemplateEntityOperatorRoleMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * Annotations added to the Kubernetes resource.
     *
     * @schema KafkaSpecEntityOperatorTemplateEntityOperatorRoleMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplateEntityOperatorRoleMetadata' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplateEntityOperatorRoleMetadata(obj: KafkaSpecEntityOperatorTemplateEntityOperatorRoleMetadata | undefined): Record<string, any> | undefined;
/**
 * Metadata applied to the resource.
 *
 * @schema KafkaSpecEntityOperatorTemplateTopicOperatorRoleBindingMetadata
 */
export interface KafkaSpecEntityOperatorTemplateTopicOperatorRoleBindingMetadata {
    /**
     * Labels added to the Kubernetes resource.
     *
     * @schema KafkaSpecEntityOperatorTemplateTopicOperatorRoleBindingMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * Annotations added to the Kubernetes resource.
     *
     * @schema KafkaSpecEntityOperatorTemplateTopicOperatorRoleBindingMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplateTopicOperatorRoleBindingMetadata' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplateTopicOperatorRoleBindingMetadata(obj: KafkaSpecEntityOperatorTemplateTopicOperatorRoleBindingMetadata | undefined): Record<string, any> | undefined;
/**
 * Metadata applied to the resource.
 *
 * @schema KafkaSpecEntityOperatorTemplateUserOperatorRoleBindingMetadata
 */
export interface KafkaSpecEntityOperatorTemplateUserOperatorRoleBindingMetadata {
    /**
     * Labels added to the Kubernetes resource.
     *
     * @schema KafkaSpecEntityOperatorTemplateUserOperatorRoleBindingMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * Annotations added to the Kubernetes resource.
     *
     * @schema KafkaSpecEntityOperatorTemplateUserOperatorRoleBindingMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplateUserOperatorRoleBindingMetadata' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplateUserOperatorRoleBindingMetadata(obj: KafkaSpecEntityOperatorTemplateUserOperatorRoleBindingMetadata | undefined): Record<string, any> | undefined;
/**
 * Reference to the key in the ConfigMap containing the configuration.
 *
 * @schema KafkaSpecCruiseControlLoggingValueFromConfigMapKeyRef
 */
export interface KafkaSpecCruiseControlLoggingValueFromConfigMapKeyRef {
    /**
     * @schema KafkaSpecCruiseControlLoggingValueFromConfigMapKeyRef#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecCruiseControlLoggingValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema KafkaSpecCruiseControlLoggingValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlLoggingValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlLoggingValueFromConfigMapKeyRef(obj: KafkaSpecCruiseControlLoggingValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * Metadata applied to the resource.
 *
 * @schema KafkaSpecCruiseControlTemplateDeploymentMetadata
 */
export interface KafkaSpecCruiseControlTemplateDeploymentMetadata {
    /**
     * Labels added to the Kubernetes resource.
     *
     * @schema KafkaSpecCruiseControlTemplateDeploymentMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * Annotations added to the Kubernetes resource.
     *
     * @schema KafkaSpecCruiseControlTemplateDeploymentMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlTemplateDeploymentMetadata' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlTemplateDeploymentMetadata(obj: KafkaSpecCruiseControlTemplateDeploymentMetadata | undefined): Record<string, any> | undefined;
/**
 * Pod replacement strategy for deployment configuration changes. Valid values are `RollingUpdate` and `Recreate`. Defaults to `RollingUpdate`.
 *
 * @default RollingUpdate`.
 * @schema KafkaSpecCruiseControlTemplateDeploymentDeploymentStrategy
 */
export declare enum KafkaSpecCruiseControlTemplateDeploymentDeploymentStrategy {
    /** RollingUpdate */
    ROLLING_UPDATE = "RollingUpdate",
    /** Recreate */
    RECREATE = "Recreate"
}
/**
 * Metadata applied to the resource.
 *
 * @schema KafkaSpecCruiseControlTemplatePodMetadata
 */
export interface KafkaSpecCruiseControlTemplatePodMetadata {
    /**
     * Labels added to the Kubernetes resource.
     *
     * @schema KafkaSpecCruiseControlTemplatePodMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * Annotations added to the Kubernetes resource.
     *
     * @schema KafkaSpecCruiseControlTemplatePodMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlTemplatePodMetadata' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlTemplatePodMetadata(obj: KafkaSpecCruiseControlTemplatePodMetadata | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecCruiseControlTemplatePodImagePullSecrets
 */
export interface KafkaSpecCruiseControlTemplatePodImagePullSecrets {
    /**
     * @schema KafkaSpecCruiseControlTemplatePodImagePullSecrets#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlTemplatePodImagePullSecrets' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlTemplatePodImagePullSecrets(obj: KafkaSpecCruiseControlTemplatePodImagePullSecrets | undefined): Record<string, any> | undefined;
/**
 * Configures pod-level security attributes and common container settings.
 *
 * @schema KafkaSpecCruiseControlTemplatePodSecurityContext
 */
export interface KafkaSpecCruiseControlTemplatePodSecurityContext {
    /**
     * @schema KafkaSpecCruiseControlTemplatePodSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: KafkaSpecCruiseControlTemplatePodSecurityContextAppArmorProfile;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodSecurityContext#fsGroup
     */
    readonly fsGroup?: number;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodSecurityContext#fsGroupChangePolicy
     */
    readonly fsGroupChangePolicy?: string;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodSecurityContext#seLinuxChangePolicy
     */
    readonly seLinuxChangePolicy?: string;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: KafkaSpecCruiseControlTemplatePodSecurityContextSeLinuxOptions;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodSecurityContext#seccompProfile
     */
    readonly seccompProfile?: KafkaSpecCruiseControlTemplatePodSecurityContextSeccompProfile;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodSecurityContext#supplementalGroups
     */
    readonly supplementalGroups?: number[];
    /**
     * @schema KafkaSpecCruiseControlTemplatePodSecurityContext#supplementalGroupsPolicy
     */
    readonly supplementalGroupsPolicy?: string;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodSecurityContext#sysctls
     */
    readonly sysctls?: KafkaSpecCruiseControlTemplatePodSecurityContextSysctls[];
    /**
     * @schema KafkaSpecCruiseControlTemplatePodSecurityContext#windowsOptions
     */
    readonly windowsOptions?: KafkaSpecCruiseControlTemplatePodSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlTemplatePodSecurityContext' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlTemplatePodSecurityContext(obj: KafkaSpecCruiseControlTemplatePodSecurityContext | undefined): Record<string, any> | undefined;
/**
 * The pod's affinity rules.
 *
 * @schema KafkaSpecCruiseControlTemplatePodAffinity
 */
export interface KafkaSpecCruiseControlTemplatePodAffinity {
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinity#nodeAffinity
     */
    readonly nodeAffinity?: KafkaSpecCruiseControlTemplatePodAffinityNodeAffinity;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinity#podAffinity
     */
    readonly podAffinity?: KafkaSpecCruiseControlTemplatePodAffinityPodAffinity;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinity#podAntiAffinity
     */
    readonly podAntiAffinity?: KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinity;
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlTemplatePodAffinity' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlTemplatePodAffinity(obj: KafkaSpecCruiseControlTemplatePodAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecCruiseControlTemplatePodTolerations
 */
export interface KafkaSpecCruiseControlTemplatePodTolerations {
    /**
     * @schema KafkaSpecCruiseControlTemplatePodTolerations#effect
     */
    readonly effect?: string;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodTolerations#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodTolerations#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodTolerations#tolerationSeconds
     */
    readonly tolerationSeconds?: number;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodTolerations#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlTemplatePodTolerations' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlTemplatePodTolerations(obj: KafkaSpecCruiseControlTemplatePodTolerations | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecCruiseControlTemplatePodTopologySpreadConstraints
 */
export interface KafkaSpecCruiseControlTemplatePodTopologySpreadConstraints {
    /**
     * @schema KafkaSpecCruiseControlTemplatePodTopologySpreadConstraints#labelSelector
     */
    readonly labelSelector?: KafkaSpecCruiseControlTemplatePodTopologySpreadConstraintsLabelSelector;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodTopologySpreadConstraints#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema KafkaSpecCruiseControlTemplatePodTopologySpreadConstraints#maxSkew
     */
    readonly maxSkew?: number;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodTopologySpreadConstraints#minDomains
     */
    readonly minDomains?: number;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodTopologySpreadConstraints#nodeAffinityPolicy
     */
    readonly nodeAffinityPolicy?: string;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodTopologySpreadConstraints#nodeTaintsPolicy
     */
    readonly nodeTaintsPolicy?: string;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodTopologySpreadConstraints#topologyKey
     */
    readonly topologyKey?: string;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodTopologySpreadConstraints#whenUnsatisfiable
     */
    readonly whenUnsatisfiable?: string;
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlTemplatePodTopologySpreadConstraints' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlTemplatePodTopologySpreadConstraints(obj: KafkaSpecCruiseControlTemplatePodTopologySpreadConstraints | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecCruiseControlTemplatePodHostAliases
 */
export interface KafkaSpecCruiseControlTemplatePodHostAliases {
    /**
     * @schema KafkaSpecCruiseControlTemplatePodHostAliases#hostnames
     */
    readonly hostnames?: string[];
    /**
     * @schema KafkaSpecCruiseControlTemplatePodHostAliases#ip
     */
    readonly ip?: string;
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlTemplatePodHostAliases' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlTemplatePodHostAliases(obj: KafkaSpecCruiseControlTemplatePodHostAliases | undefined): Record<string, any> | undefined;
/**
 * The pod's DNSPolicy. Defaults to `ClusterFirst`. Valid values are `ClusterFirstWithHostNet`, `ClusterFirst`, `Default` or `None`.
 *
 * @default ClusterFirst`. Valid values are `ClusterFirstWithHostNet`, `ClusterFirst`, `Default` or `None`.
 * @schema KafkaSpecCruiseControlTemplatePodDnsPolicy
 */
export declare enum KafkaSpecCruiseControlTemplatePodDnsPolicy {
    /** ClusterFirst */
    CLUSTER_FIRST = "ClusterFirst",
    /** ClusterFirstWithHostNet */
    CLUSTER_FIRST_WITH_HOST_NET = "ClusterFirstWithHostNet",
    /** Default */
    DEFAULT = "Default",
    /** None */
    NONE = "None"
}
/**
 * The pod's DNSConfig. If specified, it will be merged to the generated DNS configuration based on the DNSPolicy.
 *
 * @schema KafkaSpecCruiseControlTemplatePodDnsConfig
 */
export interface KafkaSpecCruiseControlTemplatePodDnsConfig {
    /**
     * @schema KafkaSpecCruiseControlTemplatePodDnsConfig#nameservers
     */
    readonly nameservers?: string[];
    /**
     * @schema KafkaSpecCruiseControlTemplatePodDnsConfig#options
     */
    readonly options?: KafkaSpecCruiseControlTemplatePodDnsConfigOptions[];
    /**
     * @schema KafkaSpecCruiseControlTemplatePodDnsConfig#searches
     */
    readonly searches?: string[];
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlTemplatePodDnsConfig' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlTemplatePodDnsConfig(obj: KafkaSpecCruiseControlTemplatePodDnsConfig | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecCruiseControlTemplatePodVolumes
 */
export interface KafkaSpecCruiseControlTemplatePodVolumes {
    /**
     * Name to use for the volume. Required.
     *
     * @schema KafkaSpecCruiseControlTemplatePodVolumes#name
     */
    readonly name?: string;
    /**
     * `Secret` to use to populate the volume.
     *
     * @schema KafkaSpecCruiseControlTemplatePodVolumes#secret
     */
    readonly secret?: KafkaSpecCruiseControlTemplatePodVolumesSecret;
    /**
     * `ConfigMap` to use to populate the volume.
     *
     * @schema KafkaSpecCruiseControlTemplatePodVolumes#configMap
     */
    readonly configMap?: KafkaSpecCruiseControlTemplatePodVolumesConfigMap;
    /**
     * `EmptyDir` to use to populate the volume.
     *
     * @schema KafkaSpecCruiseControlTemplatePodVolumes#emptyDir
     */
    readonly emptyDir?: KafkaSpecCruiseControlTemplatePodVolumesEmptyDir;
    /**
     * `PersistentVolumeClaim` object to use to populate the volume.
     *
     * @schema KafkaSpecCruiseControlTemplatePodVolumes#persistentVolumeClaim
     */
    readonly persistentVolumeClaim?: KafkaSpecCruiseControlTemplatePodVolumesPersistentVolumeClaim;
    /**
     * `CSIVolumeSource` object to use to populate the volume.
     *
     * @schema KafkaSpecCruiseControlTemplatePodVolumes#csi
     */
    readonly csi?: KafkaSpecCruiseControlTemplatePodVolumesCsi;
    /**
     * `ImageVolumeSource` object to use to populate the volume.
     *
     * @schema KafkaSpecCruiseControlTemplatePodVolumes#image
     */
    readonly image?: KafkaSpecCruiseControlTemplatePodVolumesImage;
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlTemplatePodVolumes' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlTemplatePodVolumes(obj: KafkaSpecCruiseControlTemplatePodVolumes | undefined): Record<string, any> | undefined;
/**
 * Metadata applied to the resource.
 *
 * @schema KafkaSpecCruiseControlTemplateApiServiceMetadata
 */
export interface KafkaSpecCruiseControlTemplateApiServiceMetadata {
    /**
     * Labels added to the Kubernetes resource.
     *
     * @schema KafkaSpecCruiseControlTemplateApiServiceMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * Annotations added to the Kubernetes resource.
     *
     * @schema KafkaSpecCruiseControlTemplateApiServiceMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlTemplateApiServiceMetadata' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlTemplateApiServiceMetadata(obj: KafkaSpecCruiseControlTemplateApiServiceMetadata | undefined): Record<string, any> | undefined;
/**
 * Specifies the IP Family Policy used by the service. Available options are `SingleStack`, `PreferDualStack` and `RequireDualStack`. `SingleStack` is for a single IP family. `PreferDualStack` is for two IP families on dual-stack configured clusters or a single IP family on single-stack clusters. `RequireDualStack` fails unless there are two IP families on dual-stack configured clusters. If unspecified, Kubernetes will choose the default value based on the service type.
 *
 * @schema KafkaSpecCruiseControlTemplateApiServiceIpFamilyPolicy
 */
export declare enum KafkaSpecCruiseControlTemplateApiServiceIpFamilyPolicy {
    /** SingleStack */
    SINGLE_STACK = "SingleStack",
    /** PreferDualStack */
    PREFER_DUAL_STACK = "PreferDualStack",
    /** RequireDualStack */
    REQUIRE_DUAL_STACK = "RequireDualStack"
}
/**
 * @schema KafkaSpecCruiseControlTemplateApiServiceIpFamilies
 */
export declare enum KafkaSpecCruiseControlTemplateApiServiceIpFamilies {
    /** IPv4 */
    I_PV4 = "IPv4",
    /** IPv6 */
    I_PV6 = "IPv6"
}
/**
 * Metadata to apply to the `PodDisruptionBudgetTemplate` resource.
 *
 * @schema KafkaSpecCruiseControlTemplatePodDisruptionBudgetMetadata
 */
export interface KafkaSpecCruiseControlTemplatePodDisruptionBudgetMetadata {
    /**
     * Labels added to the Kubernetes resource.
     *
     * @schema KafkaSpecCruiseControlTemplatePodDisruptionBudgetMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * Annotations added to the Kubernetes resource.
     *
     * @schema KafkaSpecCruiseControlTemplatePodDisruptionBudgetMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlTemplatePodDisruptionBudgetMetadata' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlTemplatePodDisruptionBudgetMetadata(obj: KafkaSpecCruiseControlTemplatePodDisruptionBudgetMetadata | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecCruiseControlTemplateCruiseControlContainerEnv
 */
export interface KafkaSpecCruiseControlTemplateCruiseControlContainerEnv {
    /**
     * The environment variable key.
     *
     * @schema KafkaSpecCruiseControlTemplateCruiseControlContainerEnv#name
     */
    readonly name?: string;
    /**
     * The environment variable value.
     *
     * @schema KafkaSpecCruiseControlTemplateCruiseControlContainerEnv#value
     */
    readonly value?: string;
    /**
     * Reference to the secret or config map property to which the environment variable is set.
     *
     * @schema KafkaSpecCruiseControlTemplateCruiseControlContainerEnv#valueFrom
     */
    readonly valueFrom?: KafkaSpecCruiseControlTemplateCruiseControlContainerEnvValueFrom;
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlTemplateCruiseControlContainerEnv' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlTemplateCruiseControlContainerEnv(obj: KafkaSpecCruiseControlTemplateCruiseControlContainerEnv | undefined): Record<string, any> | undefined;
/**
 * Security context for the container.
 *
 * @schema KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContext
 */
export interface KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContext {
    /**
     * @schema KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContext#allowPrivilegeEscalation
     */
    readonly allowPrivilegeEscalation?: boolean;
    /**
     * @schema KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContextAppArmorProfile;
    /**
     * @schema KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContext#capabilities
     */
    readonly capabilities?: KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContextCapabilities;
    /**
     * @schema KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContext#privileged
     */
    readonly privileged?: boolean;
    /**
     * @schema KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContext#procMount
     */
    readonly procMount?: string;
    /**
     * @schema KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContext#readOnlyRootFilesystem
     */
    readonly readOnlyRootFilesystem?: boolean;
    /**
     * @schema KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * @schema KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * @schema KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * @schema KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContextSeLinuxOptions;
    /**
     * @schema KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContext#seccompProfile
     */
    readonly seccompProfile?: KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContextSeccompProfile;
    /**
     * @schema KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContext#windowsOptions
     */
    readonly windowsOptions?: KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContext' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContext(obj: KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContext | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecCruiseControlTemplateCruiseControlContainerVolumeMounts
 */
export interface KafkaSpecCruiseControlTemplateCruiseControlContainerVolumeMounts {
    /**
     * @schema KafkaSpecCruiseControlTemplateCruiseControlContainerVolumeMounts#mountPath
     */
    readonly mountPath?: string;
    /**
     * @schema KafkaSpecCruiseControlTemplateCruiseControlContainerVolumeMounts#mountPropagation
     */
    readonly mountPropagation?: string;
    /**
     * @schema KafkaSpecCruiseControlTemplateCruiseControlContainerVolumeMounts#name
     */
    readonly name?: string;
    /**
     * @schema KafkaSpecCruiseControlTemplateCruiseControlContainerVolumeMounts#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema KafkaSpecCruiseControlTemplateCruiseControlContainerVolumeMounts#recursiveReadOnly
     */
    readonly recursiveReadOnly?: string;
    /**
     * @schema KafkaSpecCruiseControlTemplateCruiseControlContainerVolumeMounts#subPath
     */
    readonly subPath?: string;
    /**
     * @schema KafkaSpecCruiseControlTemplateCruiseControlContainerVolumeMounts#subPathExpr
     */
    readonly subPathExpr?: string;
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlTemplateCruiseControlContainerVolumeMounts' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlTemplateCruiseControlContainerVolumeMounts(obj: KafkaSpecCruiseControlTemplateCruiseControlContainerVolumeMounts | undefined): Record<string, any> | undefined;
/**
 * Metadata applied to the resource.
 *
 * @schema KafkaSpecCruiseControlTemplateServiceAccountMetadata
 */
export interface KafkaSpecCruiseControlTemplateServiceAccountMetadata {
    /**
     * Labels added to the Kubernetes resource.
     *
     * @schema KafkaSpecCruiseControlTemplateServiceAccountMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * Annotations added to the Kubernetes resource.
     *
     * @schema KafkaSpecCruiseControlTemplateServiceAccountMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlTemplateServiceAccountMetadata' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlTemplateServiceAccountMetadata(obj: KafkaSpecCruiseControlTemplateServiceAccountMetadata | undefined): Record<string, any> | undefined;
/**
 * Reference to the key in the ConfigMap containing the configuration.
 *
 * @schema KafkaSpecCruiseControlMetricsConfigValueFromConfigMapKeyRef
 */
export interface KafkaSpecCruiseControlMetricsConfigValueFromConfigMapKeyRef {
    /**
     * @schema KafkaSpecCruiseControlMetricsConfigValueFromConfigMapKeyRef#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecCruiseControlMetricsConfigValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema KafkaSpecCruiseControlMetricsConfigValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlMetricsConfigValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlMetricsConfigValueFromConfigMapKeyRef(obj: KafkaSpecCruiseControlMetricsConfigValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * Selects a key of a Secret in the resource's namespace.
 *
 * @schema KafkaSpecCruiseControlApiUsersValueFromSecretKeyRef
 */
export interface KafkaSpecCruiseControlApiUsersValueFromSecretKeyRef {
    /**
     * @schema KafkaSpecCruiseControlApiUsersValueFromSecretKeyRef#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecCruiseControlApiUsersValueFromSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema KafkaSpecCruiseControlApiUsersValueFromSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlApiUsersValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlApiUsersValueFromSecretKeyRef(obj: KafkaSpecCruiseControlApiUsersValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * Metadata applied to the resource.
 *
 * @schema KafkaSpecKafkaExporterTemplateDeploymentMetadata
 */
export interface KafkaSpecKafkaExporterTemplateDeploymentMetadata {
    /**
     * Labels added to the Kubernetes resource.
     *
     * @schema KafkaSpecKafkaExporterTemplateDeploymentMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * Annotations added to the Kubernetes resource.
     *
     * @schema KafkaSpecKafkaExporterTemplateDeploymentMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterTemplateDeploymentMetadata' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterTemplateDeploymentMetadata(obj: KafkaSpecKafkaExporterTemplateDeploymentMetadata | undefined): Record<string, any> | undefined;
/**
 * Pod replacement strategy for deployment configuration changes. Valid values are `RollingUpdate` and `Recreate`. Defaults to `RollingUpdate`.
 *
 * @default RollingUpdate`.
 * @schema KafkaSpecKafkaExporterTemplateDeploymentDeploymentStrategy
 */
export declare enum KafkaSpecKafkaExporterTemplateDeploymentDeploymentStrategy {
    /** RollingUpdate */
    ROLLING_UPDATE = "RollingUpdate",
    /** Recreate */
    RECREATE = "Recreate"
}
/**
 * Metadata applied to the resource.
 *
 * @schema KafkaSpecKafkaExporterTemplatePodMetadata
 */
export interface KafkaSpecKafkaExporterTemplatePodMetadata {
    /**
     * Labels added to the Kubernetes resource.
     *
     * @schema KafkaSpecKafkaExporterTemplatePodMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * Annotations added to the Kubernetes resource.
     *
     * @schema KafkaSpecKafkaExporterTemplatePodMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterTemplatePodMetadata' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterTemplatePodMetadata(obj: KafkaSpecKafkaExporterTemplatePodMetadata | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaExporterTemplatePodImagePullSecrets
 */
export interface KafkaSpecKafkaExporterTemplatePodImagePullSecrets {
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodImagePullSecrets#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterTemplatePodImagePullSecrets' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterTemplatePodImagePullSecrets(obj: KafkaSpecKafkaExporterTemplatePodImagePullSecrets | undefined): Record<string, any> | undefined;
/**
 * Configures pod-level security attributes and common container settings.
 *
 * @schema KafkaSpecKafkaExporterTemplatePodSecurityContext
 */
export interface KafkaSpecKafkaExporterTemplatePodSecurityContext {
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: KafkaSpecKafkaExporterTemplatePodSecurityContextAppArmorProfile;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodSecurityContext#fsGroup
     */
    readonly fsGroup?: number;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodSecurityContext#fsGroupChangePolicy
     */
    readonly fsGroupChangePolicy?: string;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodSecurityContext#seLinuxChangePolicy
     */
    readonly seLinuxChangePolicy?: string;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: KafkaSpecKafkaExporterTemplatePodSecurityContextSeLinuxOptions;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodSecurityContext#seccompProfile
     */
    readonly seccompProfile?: KafkaSpecKafkaExporterTemplatePodSecurityContextSeccompProfile;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodSecurityContext#supplementalGroups
     */
    readonly supplementalGroups?: number[];
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodSecurityContext#supplementalGroupsPolicy
     */
    readonly supplementalGroupsPolicy?: string;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodSecurityContext#sysctls
     */
    readonly sysctls?: KafkaSpecKafkaExporterTemplatePodSecurityContextSysctls[];
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodSecurityContext#windowsOptions
     */
    readonly windowsOptions?: KafkaSpecKafkaExporterTemplatePodSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterTemplatePodSecurityContext' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterTemplatePodSecurityContext(obj: KafkaSpecKafkaExporterTemplatePodSecurityContext | undefined): Record<string, any> | undefined;
/**
 * The pod's affinity rules.
 *
 * @schema KafkaSpecKafkaExporterTemplatePodAffinity
 */
export interface KafkaSpecKafkaExporterTemplatePodAffinity {
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinity#nodeAffinity
     */
    readonly nodeAffinity?: KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinity;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinity#podAffinity
     */
    readonly podAffinity?: KafkaSpecKafkaExporterTemplatePodAffinityPodAffinity;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinity#podAntiAffinity
     */
    readonly podAntiAffinity?: KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinity;
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterTemplatePodAffinity' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterTemplatePodAffinity(obj: KafkaSpecKafkaExporterTemplatePodAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaExporterTemplatePodTolerations
 */
export interface KafkaSpecKafkaExporterTemplatePodTolerations {
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodTolerations#effect
     */
    readonly effect?: string;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodTolerations#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodTolerations#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodTolerations#tolerationSeconds
     */
    readonly tolerationSeconds?: number;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodTolerations#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterTemplatePodTolerations' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterTemplatePodTolerations(obj: KafkaSpecKafkaExporterTemplatePodTolerations | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaExporterTemplatePodTopologySpreadConstraints
 */
export interface KafkaSpecKafkaExporterTemplatePodTopologySpreadConstraints {
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodTopologySpreadConstraints#labelSelector
     */
    readonly labelSelector?: KafkaSpecKafkaExporterTemplatePodTopologySpreadConstraintsLabelSelector;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodTopologySpreadConstraints#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodTopologySpreadConstraints#maxSkew
     */
    readonly maxSkew?: number;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodTopologySpreadConstraints#minDomains
     */
    readonly minDomains?: number;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodTopologySpreadConstraints#nodeAffinityPolicy
     */
    readonly nodeAffinityPolicy?: string;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodTopologySpreadConstraints#nodeTaintsPolicy
     */
    readonly nodeTaintsPolicy?: string;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodTopologySpreadConstraints#topologyKey
     */
    readonly topologyKey?: string;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodTopologySpreadConstraints#whenUnsatisfiable
     */
    readonly whenUnsatisfiable?: string;
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterTemplatePodTopologySpreadConstraints' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterTemplatePodTopologySpreadConstraints(obj: KafkaSpecKafkaExporterTemplatePodTopologySpreadConstraints | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaExporterTemplatePodHostAliases
 */
export interface KafkaSpecKafkaExporterTemplatePodHostAliases {
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodHostAliases#hostnames
     */
    readonly hostnames?: string[];
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodHostAliases#ip
     */
    readonly ip?: string;
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterTemplatePodHostAliases' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterTemplatePodHostAliases(obj: KafkaSpecKafkaExporterTemplatePodHostAliases | undefined): Record<string, any> | undefined;
/**
 * The pod's DNSPolicy. Defaults to `ClusterFirst`. Valid values are `ClusterFirstWithHostNet`, `ClusterFirst`, `Default` or `None`.
 *
 * @default ClusterFirst`. Valid values are `ClusterFirstWithHostNet`, `ClusterFirst`, `Default` or `None`.
 * @schema KafkaSpecKafkaExporterTemplatePodDnsPolicy
 */
export declare enum KafkaSpecKafkaExporterTemplatePodDnsPolicy {
    /** ClusterFirst */
    CLUSTER_FIRST = "ClusterFirst",
    /** ClusterFirstWithHostNet */
    CLUSTER_FIRST_WITH_HOST_NET = "ClusterFirstWithHostNet",
    /** Default */
    DEFAULT = "Default",
    /** None */
    NONE = "None"
}
/**
 * The pod's DNSConfig. If specified, it will be merged to the generated DNS configuration based on the DNSPolicy.
 *
 * @schema KafkaSpecKafkaExporterTemplatePodDnsConfig
 */
export interface KafkaSpecKafkaExporterTemplatePodDnsConfig {
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodDnsConfig#nameservers
     */
    readonly nameservers?: string[];
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodDnsConfig#options
     */
    readonly options?: KafkaSpecKafkaExporterTemplatePodDnsConfigOptions[];
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodDnsConfig#searches
     */
    readonly searches?: string[];
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterTemplatePodDnsConfig' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterTemplatePodDnsConfig(obj: KafkaSpecKafkaExporterTemplatePodDnsConfig | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaExporterTemplatePodVolumes
 */
export interface KafkaSpecKafkaExporterTemplatePodVolumes {
    /**
     * Name to use for the volume. Required.
     *
     * @schema KafkaSpecKafkaExporterTemplatePodVolumes#name
     */
    readonly name?: string;
    /**
     * `Secret` to use to populate the volume.
     *
     * @schema KafkaSpecKafkaExporterTemplatePodVolumes#secret
     */
    readonly secret?: KafkaSpecKafkaExporterTemplatePodVolumesSecret;
    /**
     * `ConfigMap` to use to populate the volume.
     *
     * @schema KafkaSpecKafkaExporterTemplatePodVolumes#configMap
     */
    readonly configMap?: KafkaSpecKafkaExporterTemplatePodVolumesConfigMap;
    /**
     * `EmptyDir` to use to populate the volume.
     *
     * @schema KafkaSpecKafkaExporterTemplatePodVolumes#emptyDir
     */
    readonly emptyDir?: KafkaSpecKafkaExporterTemplatePodVolumesEmptyDir;
    /**
     * `PersistentVolumeClaim` object to use to populate the volume.
     *
     * @schema KafkaSpecKafkaExporterTemplatePodVolumes#persistentVolumeClaim
     */
    readonly persistentVolumeClaim?: KafkaSpecKafkaExporterTemplatePodVolumesPersistentVolumeClaim;
    /**
     * `CSIVolumeSource` object to use to populate the volume.
     *
     * @schema KafkaSpecKafkaExporterTemplatePodVolumes#csi
     */
    readonly csi?: KafkaSpecKafkaExporterTemplatePodVolumesCsi;
    /**
     * `ImageVolumeSource` object to use to populate the volume.
     *
     * @schema KafkaSpecKafkaExporterTemplatePodVolumes#image
     */
    readonly image?: KafkaSpecKafkaExporterTemplatePodVolumesImage;
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterTemplatePodVolumes' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterTemplatePodVolumes(obj: KafkaSpecKafkaExporterTemplatePodVolumes | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaExporterTemplateContainerEnv
 */
export interface KafkaSpecKafkaExporterTemplateContainerEnv {
    /**
     * The environment variable key.
     *
     * @schema KafkaSpecKafkaExporterTemplateContainerEnv#name
     */
    readonly name?: string;
    /**
     * The environment variable value.
     *
     * @schema KafkaSpecKafkaExporterTemplateContainerEnv#value
     */
    readonly value?: string;
    /**
     * Reference to the secret or config map property to which the environment variable is set.
     *
     * @schema KafkaSpecKafkaExporterTemplateContainerEnv#valueFrom
     */
    readonly valueFrom?: KafkaSpecKafkaExporterTemplateContainerEnvValueFrom;
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterTemplateContainerEnv' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterTemplateContainerEnv(obj: KafkaSpecKafkaExporterTemplateContainerEnv | undefined): Record<string, any> | undefined;
/**
 * Security context for the container.
 *
 * @schema KafkaSpecKafkaExporterTemplateContainerSecurityContext
 */
export interface KafkaSpecKafkaExporterTemplateContainerSecurityContext {
    /**
     * @schema KafkaSpecKafkaExporterTemplateContainerSecurityContext#allowPrivilegeEscalation
     */
    readonly allowPrivilegeEscalation?: boolean;
    /**
     * @schema KafkaSpecKafkaExporterTemplateContainerSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: KafkaSpecKafkaExporterTemplateContainerSecurityContextAppArmorProfile;
    /**
     * @schema KafkaSpecKafkaExporterTemplateContainerSecurityContext#capabilities
     */
    readonly capabilities?: KafkaSpecKafkaExporterTemplateContainerSecurityContextCapabilities;
    /**
     * @schema KafkaSpecKafkaExporterTemplateContainerSecurityContext#privileged
     */
    readonly privileged?: boolean;
    /**
     * @schema KafkaSpecKafkaExporterTemplateContainerSecurityContext#procMount
     */
    readonly procMount?: string;
    /**
     * @schema KafkaSpecKafkaExporterTemplateContainerSecurityContext#readOnlyRootFilesystem
     */
    readonly readOnlyRootFilesystem?: boolean;
    /**
     * @schema KafkaSpecKafkaExporterTemplateContainerSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * @schema KafkaSpecKafkaExporterTemplateContainerSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * @schema KafkaSpecKafkaExporterTemplateContainerSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * @schema KafkaSpecKafkaExporterTemplateContainerSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: KafkaSpecKafkaExporterTemplateContainerSecurityContextSeLinuxOptions;
    /**
     * @schema KafkaSpecKafkaExporterTemplateContainerSecurityContext#seccompProfile
     */
    readonly seccompProfile?: KafkaSpecKafkaExporterTemplateContainerSecurityContextSeccompProfile;
    /**
     * @schema KafkaSpecKafkaExporterTemplateContainerSecurityContext#windowsOptions
     */
    readonly windowsOptions?: KafkaSpecKafkaExporterTemplateContainerSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterTemplateContainerSecurityContext' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterTemplateContainerSecurityContext(obj: KafkaSpecKafkaExporterTemplateContainerSecurityContext | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaExporterTemplateContainerVolumeMounts
 */
export interface KafkaSpecKafkaExporterTemplateContainerVolumeMounts {
    /**
     * @schema KafkaSpecKafkaExporterTemplateContainerVolumeMounts#mountPath
     */
    readonly mountPath?: string;
    /**
     * @schema KafkaSpecKafkaExporterTemplateContainerVolumeMounts#mountPropagation
     */
    readonly mountPropagation?: string;
    /**
     * @schema KafkaSpecKafkaExporterTemplateContainerVolumeMounts#name
     */
    readonly name?: string;
    /**
     * @schema KafkaSpecKafkaExporterTemplateContainerVolumeMounts#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema KafkaSpecKafkaExporterTemplateContainerVolumeMounts#recursiveReadOnly
     */
    readonly recursiveReadOnly?: string;
    /**
     * @schema KafkaSpecKafkaExporterTemplateContainerVolumeMounts#subPath
     */
    readonly subPath?: string;
    /**
     * @schema KafkaSpecKafkaExporterTemplateContainerVolumeMounts#subPathExpr
     */
    readonly subPathExpr?: string;
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterTemplateContainerVolumeMounts' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterTemplateContainerVolumeMounts(obj: KafkaSpecKafkaExporterTemplateContainerVolumeMounts | undefined): Record<string, any> | undefined;
/**
 * Metadata applied to the resource.
 *
 * @schema KafkaSpecKafkaExporterTemplateServiceAccountMetadata
 */
export interface KafkaSpecKafkaExporterTemplateServiceAccountMetadata {
    /**
     * Labels added to the Kubernetes resource.
     *
     * @schema KafkaSpecKafkaExporterTemplateServiceAccountMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * Annotations added to the Kubernetes resource.
     *
     * @schema KafkaSpecKafkaExporterTemplateServiceAccountMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterTemplateServiceAccountMetadata' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterTemplateServiceAccountMetadata(obj: KafkaSpecKafkaExporterTemplateServiceAccountMetadata | undefined): Record<string, any> | undefined;
/**
 * Metadata to apply to the `PodDisruptionBudgetTemplate` resource.
 *
 * @schema KafkaSpecKafkaExporterTemplatePodDisruptionBudgetMetadata
 */
export interface KafkaSpecKafkaExporterTemplatePodDisruptionBudgetMetadata {
    /**
     * Labels added to the Kubernetes resource.
     *
     * @schema KafkaSpecKafkaExporterTemplatePodDisruptionBudgetMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * Annotations added to the Kubernetes resource.
     *
     * @schema KafkaSpecKafkaExporterTemplatePodDisruptionBudgetMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterTemplatePodDisruptionBudgetMetadata' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterTemplatePodDisruptionBudgetMetadata(obj: KafkaSpecKafkaExporterTemplatePodDisruptionBudgetMetadata | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaListenersNetworkPolicyPeersNamespaceSelectorMatchExpressions
 */
export interface KafkaSpecKafkaListenersNetworkPolicyPeersNamespaceSelectorMatchExpressions {
    /**
     * @schema KafkaSpecKafkaListenersNetworkPolicyPeersNamespaceSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecKafkaListenersNetworkPolicyPeersNamespaceSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaSpecKafkaListenersNetworkPolicyPeersNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaSpecKafkaListenersNetworkPolicyPeersNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaListenersNetworkPolicyPeersNamespaceSelectorMatchExpressions(obj: KafkaSpecKafkaListenersNetworkPolicyPeersNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaListenersNetworkPolicyPeersPodSelectorMatchExpressions
 */
export interface KafkaSpecKafkaListenersNetworkPolicyPeersPodSelectorMatchExpressions {
    /**
     * @schema KafkaSpecKafkaListenersNetworkPolicyPeersPodSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecKafkaListenersNetworkPolicyPeersPodSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaSpecKafkaListenersNetworkPolicyPeersPodSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaSpecKafkaListenersNetworkPolicyPeersPodSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaListenersNetworkPolicyPeersPodSelectorMatchExpressions(obj: KafkaSpecKafkaListenersNetworkPolicyPeersPodSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaTemplatePodSecurityContextAppArmorProfile
 */
export interface KafkaSpecKafkaTemplatePodSecurityContextAppArmorProfile {
    /**
     * @schema KafkaSpecKafkaTemplatePodSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema KafkaSpecKafkaTemplatePodSecurityContextAppArmorProfile#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplatePodSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplatePodSecurityContextAppArmorProfile(obj: KafkaSpecKafkaTemplatePodSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaTemplatePodSecurityContextSeLinuxOptions
 */
export interface KafkaSpecKafkaTemplatePodSecurityContextSeLinuxOptions {
    /**
     * @schema KafkaSpecKafkaTemplatePodSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * @schema KafkaSpecKafkaTemplatePodSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * @schema KafkaSpecKafkaTemplatePodSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * @schema KafkaSpecKafkaTemplatePodSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplatePodSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplatePodSecurityContextSeLinuxOptions(obj: KafkaSpecKafkaTemplatePodSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaTemplatePodSecurityContextSeccompProfile
 */
export interface KafkaSpecKafkaTemplatePodSecurityContextSeccompProfile {
    /**
     * @schema KafkaSpecKafkaTemplatePodSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema KafkaSpecKafkaTemplatePodSecurityContextSeccompProfile#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplatePodSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplatePodSecurityContextSeccompProfile(obj: KafkaSpecKafkaTemplatePodSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaTemplatePodSecurityContextSysctls
 */
export interface KafkaSpecKafkaTemplatePodSecurityContextSysctls {
    /**
     * @schema KafkaSpecKafkaTemplatePodSecurityContextSysctls#name
     */
    readonly name?: string;
    /**
     * @schema KafkaSpecKafkaTemplatePodSecurityContextSysctls#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplatePodSecurityContextSysctls' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplatePodSecurityContextSysctls(obj: KafkaSpecKafkaTemplatePodSecurityContextSysctls | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaTemplatePodSecurityContextWindowsOptions
 */
export interface KafkaSpecKafkaTemplatePodSecurityContextWindowsOptions {
    /**
     * @schema KafkaSpecKafkaTemplatePodSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * @schema KafkaSpecKafkaTemplatePodSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * @schema KafkaSpecKafkaTemplatePodSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * @schema KafkaSpecKafkaTemplatePodSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplatePodSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplatePodSecurityContextWindowsOptions(obj: KafkaSpecKafkaTemplatePodSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaTemplatePodAffinityNodeAffinity
 */
export interface KafkaSpecKafkaTemplatePodAffinityNodeAffinity {
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityNodeAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: KafkaSpecKafkaTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityNodeAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: KafkaSpecKafkaTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution;
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplatePodAffinityNodeAffinity' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplatePodAffinityNodeAffinity(obj: KafkaSpecKafkaTemplatePodAffinityNodeAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaTemplatePodAffinityPodAffinity
 */
export interface KafkaSpecKafkaTemplatePodAffinityPodAffinity {
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityPodAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: KafkaSpecKafkaTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityPodAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: KafkaSpecKafkaTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution[];
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplatePodAffinityPodAffinity' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplatePodAffinityPodAffinity(obj: KafkaSpecKafkaTemplatePodAffinityPodAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaTemplatePodAffinityPodAntiAffinity
 */
export interface KafkaSpecKafkaTemplatePodAffinityPodAntiAffinity {
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityPodAntiAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityPodAntiAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution[];
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplatePodAffinityPodAntiAffinity' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplatePodAffinityPodAntiAffinity(obj: KafkaSpecKafkaTemplatePodAffinityPodAntiAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaTemplatePodTopologySpreadConstraintsLabelSelector
 */
export interface KafkaSpecKafkaTemplatePodTopologySpreadConstraintsLabelSelector {
    /**
     * @schema KafkaSpecKafkaTemplatePodTopologySpreadConstraintsLabelSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaSpecKafkaTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions[];
    /**
     * @schema KafkaSpecKafkaTemplatePodTopologySpreadConstraintsLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplatePodTopologySpreadConstraintsLabelSelector' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplatePodTopologySpreadConstraintsLabelSelector(obj: KafkaSpecKafkaTemplatePodTopologySpreadConstraintsLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaTemplatePodDnsConfigOptions
 */
export interface KafkaSpecKafkaTemplatePodDnsConfigOptions {
    /**
     * @schema KafkaSpecKafkaTemplatePodDnsConfigOptions#name
     */
    readonly name?: string;
    /**
     * @schema KafkaSpecKafkaTemplatePodDnsConfigOptions#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplatePodDnsConfigOptions' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplatePodDnsConfigOptions(obj: KafkaSpecKafkaTemplatePodDnsConfigOptions | undefined): Record<string, any> | undefined;
/**
 * `Secret` to use to populate the volume.
 *
 * @schema KafkaSpecKafkaTemplatePodVolumesSecret
 */
export interface KafkaSpecKafkaTemplatePodVolumesSecret {
    /**
     * @schema KafkaSpecKafkaTemplatePodVolumesSecret#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * @schema KafkaSpecKafkaTemplatePodVolumesSecret#items
     */
    readonly items?: KafkaSpecKafkaTemplatePodVolumesSecretItems[];
    /**
     * @schema KafkaSpecKafkaTemplatePodVolumesSecret#optional
     */
    readonly optional?: boolean;
    /**
     * @schema KafkaSpecKafkaTemplatePodVolumesSecret#secretName
     */
    readonly secretName?: string;
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplatePodVolumesSecret' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplatePodVolumesSecret(obj: KafkaSpecKafkaTemplatePodVolumesSecret | undefined): Record<string, any> | undefined;
/**
 * `ConfigMap` to use to populate the volume.
 *
 * @schema KafkaSpecKafkaTemplatePodVolumesConfigMap
 */
export interface KafkaSpecKafkaTemplatePodVolumesConfigMap {
    /**
     * @schema KafkaSpecKafkaTemplatePodVolumesConfigMap#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * @schema KafkaSpecKafkaTemplatePodVolumesConfigMap#items
     */
    readonly items?: KafkaSpecKafkaTemplatePodVolumesConfigMapItems[];
    /**
     * @schema KafkaSpecKafkaTemplatePodVolumesConfigMap#name
     */
    readonly name?: string;
    /**
     * @schema KafkaSpecKafkaTemplatePodVolumesConfigMap#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplatePodVolumesConfigMap' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplatePodVolumesConfigMap(obj: KafkaSpecKafkaTemplatePodVolumesConfigMap | undefined): Record<string, any> | undefined;
/**
 * `EmptyDir` to use to populate the volume.
 *
 * @schema KafkaSpecKafkaTemplatePodVolumesEmptyDir
 */
export interface KafkaSpecKafkaTemplatePodVolumesEmptyDir {
    /**
     * Medium represents the type of storage medium should back this volume. Valid values are unset or `Memory`. When not set, it will use the node's default medium.
     *
     * @schema KafkaSpecKafkaTemplatePodVolumesEmptyDir#medium
     */
    readonly medium?: KafkaSpecKafkaTemplatePodVolumesEmptyDirMedium;
    /**
     * The total amount of local storage required for this EmptyDir volume (for example 1Gi).
     *
     * @schema KafkaSpecKafkaTemplatePodVolumesEmptyDir#sizeLimit
     */
    readonly sizeLimit?: string;
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplatePodVolumesEmptyDir' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplatePodVolumesEmptyDir(obj: KafkaSpecKafkaTemplatePodVolumesEmptyDir | undefined): Record<string, any> | undefined;
/**
 * `PersistentVolumeClaim` object to use to populate the volume.
 *
 * @schema KafkaSpecKafkaTemplatePodVolumesPersistentVolumeClaim
 */
export interface KafkaSpecKafkaTemplatePodVolumesPersistentVolumeClaim {
    /**
     * @schema KafkaSpecKafkaTemplatePodVolumesPersistentVolumeClaim#claimName
     */
    readonly claimName?: string;
    /**
     * @schema KafkaSpecKafkaTemplatePodVolumesPersistentVolumeClaim#readOnly
     */
    readonly readOnly?: boolean;
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplatePodVolumesPersistentVolumeClaim' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplatePodVolumesPersistentVolumeClaim(obj: KafkaSpecKafkaTemplatePodVolumesPersistentVolumeClaim | undefined): Record<string, any> | undefined;
/**
 * `CSIVolumeSource` object to use to populate the volume.
 *
 * @schema KafkaSpecKafkaTemplatePodVolumesCsi
 */
export interface KafkaSpecKafkaTemplatePodVolumesCsi {
    /**
     * @schema KafkaSpecKafkaTemplatePodVolumesCsi#driver
     */
    readonly driver?: string;
    /**
     * @schema KafkaSpecKafkaTemplatePodVolumesCsi#fsType
     */
    readonly fsType?: string;
    /**
     * @schema KafkaSpecKafkaTemplatePodVolumesCsi#nodePublishSecretRef
     */
    readonly nodePublishSecretRef?: KafkaSpecKafkaTemplatePodVolumesCsiNodePublishSecretRef;
    /**
     * @schema KafkaSpecKafkaTemplatePodVolumesCsi#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema KafkaSpecKafkaTemplatePodVolumesCsi#volumeAttributes
     */
    readonly volumeAttributes?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplatePodVolumesCsi' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplatePodVolumesCsi(obj: KafkaSpecKafkaTemplatePodVolumesCsi | undefined): Record<string, any> | undefined;
/**
 * `ImageVolumeSource` object to use to populate the volume.
 *
 * @schema KafkaSpecKafkaTemplatePodVolumesImage
 */
export interface KafkaSpecKafkaTemplatePodVolumesImage {
    /**
     * @schema KafkaSpecKafkaTemplatePodVolumesImage#pullPolicy
     */
    readonly pullPolicy?: string;
    /**
     * @schema KafkaSpecKafkaTemplatePodVolumesImage#reference
     */
    readonly reference?: string;
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplatePodVolumesImage' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplatePodVolumesImage(obj: KafkaSpecKafkaTemplatePodVolumesImage | undefined): Record<string, any> | undefined;
/**
 * `Secret` to use to populate the volume. The name of the Secret and the items key and path fields can use placeholders that would be replaced for every individual node. Valid placeholders that you can use in the template are `{nodeId}` and `{nodePodName}`.
 *
 * @schema KafkaSpecKafkaTemplatePodTemplatedVolumesSecret
 */
export interface KafkaSpecKafkaTemplatePodTemplatedVolumesSecret {
    /**
     * @schema KafkaSpecKafkaTemplatePodTemplatedVolumesSecret#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * @schema KafkaSpecKafkaTemplatePodTemplatedVolumesSecret#items
     */
    readonly items?: KafkaSpecKafkaTemplatePodTemplatedVolumesSecretItems[];
    /**
     * @schema KafkaSpecKafkaTemplatePodTemplatedVolumesSecret#optional
     */
    readonly optional?: boolean;
    /**
     * @schema KafkaSpecKafkaTemplatePodTemplatedVolumesSecret#secretName
     */
    readonly secretName?: string;
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplatePodTemplatedVolumesSecret' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplatePodTemplatedVolumesSecret(obj: KafkaSpecKafkaTemplatePodTemplatedVolumesSecret | undefined): Record<string, any> | undefined;
/**
 * `ConfigMap` to use to populate the volume. The name of the ConfigMap and the items key and path fields can use placeholders that would be replaced for every individual node. Valid placeholders that you can use in the template are `{nodeId}` and `{nodePodName}`.
 *
 * @schema KafkaSpecKafkaTemplatePodTemplatedVolumesConfigMap
 */
export interface KafkaSpecKafkaTemplatePodTemplatedVolumesConfigMap {
    /**
     * @schema KafkaSpecKafkaTemplatePodTemplatedVolumesConfigMap#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * @schema KafkaSpecKafkaTemplatePodTemplatedVolumesConfigMap#items
     */
    readonly items?: KafkaSpecKafkaTemplatePodTemplatedVolumesConfigMapItems[];
    /**
     * @schema KafkaSpecKafkaTemplatePodTemplatedVolumesConfigMap#name
     */
    readonly name?: string;
    /**
     * @schema KafkaSpecKafkaTemplatePodTemplatedVolumesConfigMap#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplatePodTemplatedVolumesConfigMap' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplatePodTemplatedVolumesConfigMap(obj: KafkaSpecKafkaTemplatePodTemplatedVolumesConfigMap | undefined): Record<string, any> | undefined;
/**
 * `PersistentVolumeClaim` object to use to populate the volume. The name of the Persistent Volume Claim can use placeholders that would be replaced for every individual node. Valid placeholders that you can use in the template are `{nodeId}` and `{nodePodName}`.
 *
 * @schema KafkaSpecKafkaTemplatePodTemplatedVolumesPersistentVolumeClaim
 */
export interface KafkaSpecKafkaTemplatePodTemplatedVolumesPersistentVolumeClaim {
    /**
     * @schema KafkaSpecKafkaTemplatePodTemplatedVolumesPersistentVolumeClaim#claimName
     */
    readonly claimName?: string;
    /**
     * @schema KafkaSpecKafkaTemplatePodTemplatedVolumesPersistentVolumeClaim#readOnly
     */
    readonly readOnly?: boolean;
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplatePodTemplatedVolumesPersistentVolumeClaim' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplatePodTemplatedVolumesPersistentVolumeClaim(obj: KafkaSpecKafkaTemplatePodTemplatedVolumesPersistentVolumeClaim | undefined): Record<string, any> | undefined;
/**
 * Reference to the secret or config map property to which the environment variable is set.
 *
 * @schema KafkaSpecKafkaTemplateKafkaContainerEnvValueFrom
 */
export interface KafkaSpecKafkaTemplateKafkaContainerEnvValueFrom {
    /**
     * Reference to a key in a secret.
     *
     * @schema KafkaSpecKafkaTemplateKafkaContainerEnvValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: KafkaSpecKafkaTemplateKafkaContainerEnvValueFromSecretKeyRef;
    /**
     * Reference to a key in a config map.
     *
     * @schema KafkaSpecKafkaTemplateKafkaContainerEnvValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: KafkaSpecKafkaTemplateKafkaContainerEnvValueFromConfigMapKeyRef;
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplateKafkaContainerEnvValueFrom' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplateKafkaContainerEnvValueFrom(obj: KafkaSpecKafkaTemplateKafkaContainerEnvValueFrom | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaTemplateKafkaContainerSecurityContextAppArmorProfile
 */
export interface KafkaSpecKafkaTemplateKafkaContainerSecurityContextAppArmorProfile {
    /**
     * @schema KafkaSpecKafkaTemplateKafkaContainerSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema KafkaSpecKafkaTemplateKafkaContainerSecurityContextAppArmorProfile#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplateKafkaContainerSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplateKafkaContainerSecurityContextAppArmorProfile(obj: KafkaSpecKafkaTemplateKafkaContainerSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaTemplateKafkaContainerSecurityContextCapabilities
 */
export interface KafkaSpecKafkaTemplateKafkaContainerSecurityContextCapabilities {
    /**
     * @schema KafkaSpecKafkaTemplateKafkaContainerSecurityContextCapabilities#add
     */
    readonly add?: string[];
    /**
     * @schema KafkaSpecKafkaTemplateKafkaContainerSecurityContextCapabilities#drop
     */
    readonly drop?: string[];
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplateKafkaContainerSecurityContextCapabilities' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplateKafkaContainerSecurityContextCapabilities(obj: KafkaSpecKafkaTemplateKafkaContainerSecurityContextCapabilities | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaTemplateKafkaContainerSecurityContextSeLinuxOptions
 */
export interface KafkaSpecKafkaTemplateKafkaContainerSecurityContextSeLinuxOptions {
    /**
     * @schema KafkaSpecKafkaTemplateKafkaContainerSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * @schema KafkaSpecKafkaTemplateKafkaContainerSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * @schema KafkaSpecKafkaTemplateKafkaContainerSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * @schema KafkaSpecKafkaTemplateKafkaContainerSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplateKafkaContainerSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplateKafkaContainerSecurityContextSeLinuxOptions(obj: KafkaSpecKafkaTemplateKafkaContainerSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaTemplateKafkaContainerSecurityContextSeccompProfile
 */
export interface KafkaSpecKafkaTemplateKafkaContainerSecurityContextSeccompProfile {
    /**
     * @schema KafkaSpecKafkaTemplateKafkaContainerSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema KafkaSpecKafkaTemplateKafkaContainerSecurityContextSeccompProfile#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplateKafkaContainerSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplateKafkaContainerSecurityContextSeccompProfile(obj: KafkaSpecKafkaTemplateKafkaContainerSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaTemplateKafkaContainerSecurityContextWindowsOptions
 */
export interface KafkaSpecKafkaTemplateKafkaContainerSecurityContextWindowsOptions {
    /**
     * @schema KafkaSpecKafkaTemplateKafkaContainerSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * @schema KafkaSpecKafkaTemplateKafkaContainerSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * @schema KafkaSpecKafkaTemplateKafkaContainerSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * @schema KafkaSpecKafkaTemplateKafkaContainerSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplateKafkaContainerSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplateKafkaContainerSecurityContextWindowsOptions(obj: KafkaSpecKafkaTemplateKafkaContainerSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * Reference to the secret or config map property to which the environment variable is set.
 *
 * @schema KafkaSpecKafkaTemplateInitContainerEnvValueFrom
 */
export interface KafkaSpecKafkaTemplateInitContainerEnvValueFrom {
    /**
     * Reference to a key in a secret.
     *
     * @schema KafkaSpecKafkaTemplateInitContainerEnvValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: KafkaSpecKafkaTemplateInitContainerEnvValueFromSecretKeyRef;
    /**
     * Reference to a key in a config map.
     *
     * @schema KafkaSpecKafkaTemplateInitContainerEnvValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: KafkaSpecKafkaTemplateInitContainerEnvValueFromConfigMapKeyRef;
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplateInitContainerEnvValueFrom' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplateInitContainerEnvValueFrom(obj: KafkaSpecKafkaTemplateInitContainerEnvValueFrom | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaTemplateInitContainerSecurityContextAppArmorProfile
 */
export interface KafkaSpecKafkaTemplateInitContainerSecurityContextAppArmorProfile {
    /**
     * @schema KafkaSpecKafkaTemplateInitContainerSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema KafkaSpecKafkaTemplateInitContainerSecurityContextAppArmorProfile#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplateInitContainerSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplateInitContainerSecurityContextAppArmorProfile(obj: KafkaSpecKafkaTemplateInitContainerSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaTemplateInitContainerSecurityContextCapabilities
 */
export interface KafkaSpecKafkaTemplateInitContainerSecurityContextCapabilities {
    /**
     * @schema KafkaSpecKafkaTemplateInitContainerSecurityContextCapabilities#add
     */
    readonly add?: string[];
    /**
     * @schema KafkaSpecKafkaTemplateInitContainerSecurityContextCapabilities#drop
     */
    readonly drop?: string[];
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplateInitContainerSecurityContextCapabilities' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplateInitContainerSecurityContextCapabilities(obj: KafkaSpecKafkaTemplateInitContainerSecurityContextCapabilities | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaTemplateInitContainerSecurityContextSeLinuxOptions
 */
export interface KafkaSpecKafkaTemplateInitContainerSecurityContextSeLinuxOptions {
    /**
     * @schema KafkaSpecKafkaTemplateInitContainerSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * @schema KafkaSpecKafkaTemplateInitContainerSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * @schema KafkaSpecKafkaTemplateInitContainerSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * @schema KafkaSpecKafkaTemplateInitContainerSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplateInitContainerSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplateInitContainerSecurityContextSeLinuxOptions(obj: KafkaSpecKafkaTemplateInitContainerSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaTemplateInitContainerSecurityContextSeccompProfile
 */
export interface KafkaSpecKafkaTemplateInitContainerSecurityContextSeccompProfile {
    /**
     * @schema KafkaSpecKafkaTemplateInitContainerSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema KafkaSpecKafkaTemplateInitContainerSecurityContextSeccompProfile#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplateInitContainerSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplateInitContainerSecurityContextSeccompProfile(obj: KafkaSpecKafkaTemplateInitContainerSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaTemplateInitContainerSecurityContextWindowsOptions
 */
export interface KafkaSpecKafkaTemplateInitContainerSecurityContextWindowsOptions {
    /**
     * @schema KafkaSpecKafkaTemplateInitContainerSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * @schema KafkaSpecKafkaTemplateInitContainerSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * @schema KafkaSpecKafkaTemplateInitContainerSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * @schema KafkaSpecKafkaTemplateInitContainerSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplateInitContainerSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplateInitContainerSecurityContextWindowsOptions(obj: KafkaSpecKafkaTemplateInitContainerSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * Reference to the key in the ConfigMap containing the configuration.
 *
 * @schema KafkaSpecEntityOperatorTopicOperatorLoggingValueFromConfigMapKeyRef
 */
export interface KafkaSpecEntityOperatorTopicOperatorLoggingValueFromConfigMapKeyRef {
    /**
     * @schema KafkaSpecEntityOperatorTopicOperatorLoggingValueFromConfigMapKeyRef#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecEntityOperatorTopicOperatorLoggingValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema KafkaSpecEntityOperatorTopicOperatorLoggingValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTopicOperatorLoggingValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTopicOperatorLoggingValueFromConfigMapKeyRef(obj: KafkaSpecEntityOperatorTopicOperatorLoggingValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * Reference to the key in the ConfigMap containing the configuration.
 *
 * @schema KafkaSpecEntityOperatorUserOperatorLoggingValueFromConfigMapKeyRef
 */
export interface KafkaSpecEntityOperatorUserOperatorLoggingValueFromConfigMapKeyRef {
    /**
     * @schema KafkaSpecEntityOperatorUserOperatorLoggingValueFromConfigMapKeyRef#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecEntityOperatorUserOperatorLoggingValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema KafkaSpecEntityOperatorUserOperatorLoggingValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorUserOperatorLoggingValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorUserOperatorLoggingValueFromConfigMapKeyRef(obj: KafkaSpecEntityOperatorUserOperatorLoggingValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecEntityOperatorTemplatePodSecurityContextAppArmorProfile
 */
export interface KafkaSpecEntityOperatorTemplatePodSecurityContextAppArmorProfile {
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodSecurityContextAppArmorProfile#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplatePodSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplatePodSecurityContextAppArmorProfile(obj: KafkaSpecEntityOperatorTemplatePodSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecEntityOperatorTemplatePodSecurityContextSeLinuxOptions
 */
export interface KafkaSpecEntityOperatorTemplatePodSecurityContextSeLinuxOptions {
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplatePodSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplatePodSecurityContextSeLinuxOptions(obj: KafkaSpecEntityOperatorTemplatePodSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecEntityOperatorTemplatePodSecurityContextSeccompProfile
 */
export interface KafkaSpecEntityOperatorTemplatePodSecurityContextSeccompProfile {
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodSecurityContextSeccompProfile#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplatePodSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplatePodSecurityContextSeccompProfile(obj: KafkaSpecEntityOperatorTemplatePodSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecEntityOperatorTemplatePodSecurityContextSysctls
 */
export interface KafkaSpecEntityOperatorTemplatePodSecurityContextSysctls {
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodSecurityContextSysctls#name
     */
    readonly name?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodSecurityContextSysctls#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplatePodSecurityContextSysctls' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplatePodSecurityContextSysctls(obj: KafkaSpecEntityOperatorTemplatePodSecurityContextSysctls | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecEntityOperatorTemplatePodSecurityContextWindowsOptions
 */
export interface KafkaSpecEntityOperatorTemplatePodSecurityContextWindowsOptions {
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplatePodSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplatePodSecurityContextWindowsOptions(obj: KafkaSpecEntityOperatorTemplatePodSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinity
 */
export interface KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinity {
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution;
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinity' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinity(obj: KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAffinity
 */
export interface KafkaSpecEntityOperatorTemplatePodAffinityPodAffinity {
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution[];
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplatePodAffinityPodAffinity' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAffinity(obj: KafkaSpecEntityOperatorTemplatePodAffinityPodAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinity
 */
export interface KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinity {
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution[];
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinity' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinity(obj: KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecEntityOperatorTemplatePodTopologySpreadConstraintsLabelSelector
 */
export interface KafkaSpecEntityOperatorTemplatePodTopologySpreadConstraintsLabelSelector {
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodTopologySpreadConstraintsLabelSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaSpecEntityOperatorTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions[];
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodTopologySpreadConstraintsLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplatePodTopologySpreadConstraintsLabelSelector' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplatePodTopologySpreadConstraintsLabelSelector(obj: KafkaSpecEntityOperatorTemplatePodTopologySpreadConstraintsLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecEntityOperatorTemplatePodDnsConfigOptions
 */
export interface KafkaSpecEntityOperatorTemplatePodDnsConfigOptions {
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodDnsConfigOptions#name
     */
    readonly name?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodDnsConfigOptions#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplatePodDnsConfigOptions' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplatePodDnsConfigOptions(obj: KafkaSpecEntityOperatorTemplatePodDnsConfigOptions | undefined): Record<string, any> | undefined;
/**
 * `Secret` to use to populate the volume.
 *
 * @schema KafkaSpecEntityOperatorTemplatePodVolumesSecret
 */
export interface KafkaSpecEntityOperatorTemplatePodVolumesSecret {
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodVolumesSecret#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodVolumesSecret#items
     */
    readonly items?: KafkaSpecEntityOperatorTemplatePodVolumesSecretItems[];
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodVolumesSecret#optional
     */
    readonly optional?: boolean;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodVolumesSecret#secretName
     */
    readonly secretName?: string;
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplatePodVolumesSecret' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplatePodVolumesSecret(obj: KafkaSpecEntityOperatorTemplatePodVolumesSecret | undefined): Record<string, any> | undefined;
/**
 * `ConfigMap` to use to populate the volume.
 *
 * @schema KafkaSpecEntityOperatorTemplatePodVolumesConfigMap
 */
export interface KafkaSpecEntityOperatorTemplatePodVolumesConfigMap {
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodVolumesConfigMap#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodVolumesConfigMap#items
     */
    readonly items?: KafkaSpecEntityOperatorTemplatePodVolumesConfigMapItems[];
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodVolumesConfigMap#name
     */
    readonly name?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodVolumesConfigMap#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplatePodVolumesConfigMap' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplatePodVolumesConfigMap(obj: KafkaSpecEntityOperatorTemplatePodVolumesConfigMap | undefined): Record<string, any> | undefined;
/**
 * `EmptyDir` to use to populate the volume.
 *
 * @schema KafkaSpecEntityOperatorTemplatePodVolumesEmptyDir
 */
export interface KafkaSpecEntityOperatorTemplatePodVolumesEmptyDir {
    /**
     * Medium represents the type of storage medium should back this volume. Valid values are unset or `Memory`. When not set, it will use the node's default medium.
     *
     * @schema KafkaSpecEntityOperatorTemplatePodVolumesEmptyDir#medium
     */
    readonly medium?: KafkaSpecEntityOperatorTemplatePodVolumesEmptyDirMedium;
    /**
     * The total amount of local storage required for this EmptyDir volume (for example 1Gi).
     *
     * @schema KafkaSpecEntityOperatorTemplatePodVolumesEmptyDir#sizeLimit
     */
    readonly sizeLimit?: string;
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplatePodVolumesEmptyDir' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplatePodVolumesEmptyDir(obj: KafkaSpecEntityOperatorTemplatePodVolumesEmptyDir | undefined): Record<string, any> | undefined;
/**
 * `PersistentVolumeClaim` object to use to populate the volume.
 *
 * @schema KafkaSpecEntityOperatorTemplatePodVolumesPersistentVolumeClaim
 */
export interface KafkaSpecEntityOperatorTemplatePodVolumesPersistentVolumeClaim {
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodVolumesPersistentVolumeClaim#claimName
     */
    readonly claimName?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodVolumesPersistentVolumeClaim#readOnly
     */
    readonly readOnly?: boolean;
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplatePodVolumesPersistentVolumeClaim' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplatePodVolumesPersistentVolumeClaim(obj: KafkaSpecEntityOperatorTemplatePodVolumesPersistentVolumeClaim | undefined): Record<string, any> | undefined;
/**
 * `CSIVolumeSource` object to use to populate the volume.
 *
 * @schema KafkaSpecEntityOperatorTemplatePodVolumesCsi
 */
export interface KafkaSpecEntityOperatorTemplatePodVolumesCsi {
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodVolumesCsi#driver
     */
    readonly driver?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodVolumesCsi#fsType
     */
    readonly fsType?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodVolumesCsi#nodePublishSecretRef
     */
    readonly nodePublishSecretRef?: KafkaSpecEntityOperatorTemplatePodVolumesCsiNodePublishSecretRef;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodVolumesCsi#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodVolumesCsi#volumeAttributes
     */
    readonly volumeAttributes?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplatePodVolumesCsi' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplatePodVolumesCsi(obj: KafkaSpecEntityOperatorTemplatePodVolumesCsi | undefined): Record<string, any> | undefined;
/**
 * `ImageVolumeSource` object to use to populate the volume.
 *
 * @schema KafkaSpecEntityOperatorTemplatePodVolumesImage
 */
export interface KafkaSpecEntityOperatorTemplatePodVolumesImage {
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodVolumesImage#pullPolicy
     */
    readonly pullPolicy?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodVolumesImage#reference
     */
    readonly reference?: string;
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplatePodVolumesImage' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplatePodVolumesImage(obj: KafkaSpecEntityOperatorTemplatePodVolumesImage | undefined): Record<string, any> | undefined;
/**
 * Reference to the secret or config map property to which the environment variable is set.
 *
 * @schema KafkaSpecEntityOperatorTemplateTopicOperatorContainerEnvValueFrom
 */
export interface KafkaSpecEntityOperatorTemplateTopicOperatorContainerEnvValueFrom {
    /**
     * Reference to a key in a secret.
     *
     * @schema KafkaSpecEntityOperatorTemplateTopicOperatorContainerEnvValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: KafkaSpecEntityOperatorTemplateTopicOperatorContainerEnvValueFromSecretKeyRef;
    /**
     * Reference to a key in a config map.
     *
     * @schema KafkaSpecEntityOperatorTemplateTopicOperatorContainerEnvValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: KafkaSpecEntityOperatorTemplateTopicOperatorContainerEnvValueFromConfigMapKeyRef;
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplateTopicOperatorContainerEnvValueFrom' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplateTopicOperatorContainerEnvValueFrom(obj: KafkaSpecEntityOperatorTemplateTopicOperatorContainerEnvValueFrom | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContextAppArmorProfile
 */
export interface KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContextAppArmorProfile {
    /**
     * @schema KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContextAppArmorProfile#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContextAppArmorProfile(obj: KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContextCapabilities
 */
export interface KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContextCapabilities {
    /**
     * @schema KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContextCapabilities#add
     */
    readonly add?: string[];
    /**
     * @schema KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContextCapabilities#drop
     */
    readonly drop?: string[];
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContextCapabilities' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContextCapabilities(obj: KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContextCapabilities | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContextSeLinuxOptions
 */
export interface KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContextSeLinuxOptions {
    /**
     * @schema KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContextSeLinuxOptions(obj: KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContextSeccompProfile
 */
export interface KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContextSeccompProfile {
    /**
     * @schema KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContextSeccompProfile#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContextSeccompProfile(obj: KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContextWindowsOptions
 */
export interface KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContextWindowsOptions {
    /**
     * @schema KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * @schema KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContextWindowsOptions(obj: KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * Reference to the secret or config map property to which the environment variable is set.
 *
 * @schema KafkaSpecEntityOperatorTemplateUserOperatorContainerEnvValueFrom
 */
export interface KafkaSpecEntityOperatorTemplateUserOperatorContainerEnvValueFrom {
    /**
     * Reference to a key in a secret.
     *
     * @schema KafkaSpecEntityOperatorTemplateUserOperatorContainerEnvValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: KafkaSpecEntityOperatorTemplateUserOperatorContainerEnvValueFromSecretKeyRef;
    /**
     * Reference to a key in a config map.
     *
     * @schema KafkaSpecEntityOperatorTemplateUserOperatorContainerEnvValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: KafkaSpecEntityOperatorTemplateUserOperatorContainerEnvValueFromConfigMapKeyRef;
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplateUserOperatorContainerEnvValueFrom' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplateUserOperatorContainerEnvValueFrom(obj: KafkaSpecEntityOperatorTemplateUserOperatorContainerEnvValueFrom | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContextAppArmorProfile
 */
export interface KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContextAppArmorProfile {
    /**
     * @schema KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContextAppArmorProfile#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContextAppArmorProfile(obj: KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContextCapabilities
 */
export interface KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContextCapabilities {
    /**
     * @schema KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContextCapabilities#add
     */
    readonly add?: string[];
    /**
     * @schema KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContextCapabilities#drop
     */
    readonly drop?: string[];
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContextCapabilities' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContextCapabilities(obj: KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContextCapabilities | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContextSeLinuxOptions
 */
export interface KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContextSeLinuxOptions {
    /**
     * @schema KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContextSeLinuxOptions(obj: KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContextSeccompProfile
 */
export interface KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContextSeccompProfile {
    /**
     * @schema KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContextSeccompProfile#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContextSeccompProfile(obj: KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContextWindowsOptions
 */
export interface KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContextWindowsOptions {
    /**
     * @schema KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * @schema KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContextWindowsOptions(obj: KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecCruiseControlTemplatePodSecurityContextAppArmorProfile
 */
export interface KafkaSpecCruiseControlTemplatePodSecurityContextAppArmorProfile {
    /**
     * @schema KafkaSpecCruiseControlTemplatePodSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodSecurityContextAppArmorProfile#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlTemplatePodSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlTemplatePodSecurityContextAppArmorProfile(obj: KafkaSpecCruiseControlTemplatePodSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecCruiseControlTemplatePodSecurityContextSeLinuxOptions
 */
export interface KafkaSpecCruiseControlTemplatePodSecurityContextSeLinuxOptions {
    /**
     * @schema KafkaSpecCruiseControlTemplatePodSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlTemplatePodSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlTemplatePodSecurityContextSeLinuxOptions(obj: KafkaSpecCruiseControlTemplatePodSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecCruiseControlTemplatePodSecurityContextSeccompProfile
 */
export interface KafkaSpecCruiseControlTemplatePodSecurityContextSeccompProfile {
    /**
     * @schema KafkaSpecCruiseControlTemplatePodSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodSecurityContextSeccompProfile#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlTemplatePodSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlTemplatePodSecurityContextSeccompProfile(obj: KafkaSpecCruiseControlTemplatePodSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecCruiseControlTemplatePodSecurityContextSysctls
 */
export interface KafkaSpecCruiseControlTemplatePodSecurityContextSysctls {
    /**
     * @schema KafkaSpecCruiseControlTemplatePodSecurityContextSysctls#name
     */
    readonly name?: string;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodSecurityContextSysctls#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlTemplatePodSecurityContextSysctls' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlTemplatePodSecurityContextSysctls(obj: KafkaSpecCruiseControlTemplatePodSecurityContextSysctls | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecCruiseControlTemplatePodSecurityContextWindowsOptions
 */
export interface KafkaSpecCruiseControlTemplatePodSecurityContextWindowsOptions {
    /**
     * @schema KafkaSpecCruiseControlTemplatePodSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlTemplatePodSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlTemplatePodSecurityContextWindowsOptions(obj: KafkaSpecCruiseControlTemplatePodSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecCruiseControlTemplatePodAffinityNodeAffinity
 */
export interface KafkaSpecCruiseControlTemplatePodAffinityNodeAffinity {
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityNodeAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityNodeAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution;
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlTemplatePodAffinityNodeAffinity' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlTemplatePodAffinityNodeAffinity(obj: KafkaSpecCruiseControlTemplatePodAffinityNodeAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAffinity
 */
export interface KafkaSpecCruiseControlTemplatePodAffinityPodAffinity {
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: KafkaSpecCruiseControlTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: KafkaSpecCruiseControlTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution[];
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlTemplatePodAffinityPodAffinity' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAffinity(obj: KafkaSpecCruiseControlTemplatePodAffinityPodAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinity
 */
export interface KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinity {
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution[];
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinity' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinity(obj: KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecCruiseControlTemplatePodTopologySpreadConstraintsLabelSelector
 */
export interface KafkaSpecCruiseControlTemplatePodTopologySpreadConstraintsLabelSelector {
    /**
     * @schema KafkaSpecCruiseControlTemplatePodTopologySpreadConstraintsLabelSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaSpecCruiseControlTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions[];
    /**
     * @schema KafkaSpecCruiseControlTemplatePodTopologySpreadConstraintsLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlTemplatePodTopologySpreadConstraintsLabelSelector' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlTemplatePodTopologySpreadConstraintsLabelSelector(obj: KafkaSpecCruiseControlTemplatePodTopologySpreadConstraintsLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecCruiseControlTemplatePodDnsConfigOptions
 */
export interface KafkaSpecCruiseControlTemplatePodDnsConfigOptions {
    /**
     * @schema KafkaSpecCruiseControlTemplatePodDnsConfigOptions#name
     */
    readonly name?: string;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodDnsConfigOptions#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlTemplatePodDnsConfigOptions' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlTemplatePodDnsConfigOptions(obj: KafkaSpecCruiseControlTemplatePodDnsConfigOptions | undefined): Record<string, any> | undefined;
/**
 * `Secret` to use to populate the volume.
 *
 * @schema KafkaSpecCruiseControlTemplatePodVolumesSecret
 */
export interface KafkaSpecCruiseControlTemplatePodVolumesSecret {
    /**
     * @schema KafkaSpecCruiseControlTemplatePodVolumesSecret#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodVolumesSecret#items
     */
    readonly items?: KafkaSpecCruiseControlTemplatePodVolumesSecretItems[];
    /**
     * @schema KafkaSpecCruiseControlTemplatePodVolumesSecret#optional
     */
    readonly optional?: boolean;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodVolumesSecret#secretName
     */
    readonly secretName?: string;
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlTemplatePodVolumesSecret' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlTemplatePodVolumesSecret(obj: KafkaSpecCruiseControlTemplatePodVolumesSecret | undefined): Record<string, any> | undefined;
/**
 * `ConfigMap` to use to populate the volume.
 *
 * @schema KafkaSpecCruiseControlTemplatePodVolumesConfigMap
 */
export interface KafkaSpecCruiseControlTemplatePodVolumesConfigMap {
    /**
     * @schema KafkaSpecCruiseControlTemplatePodVolumesConfigMap#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodVolumesConfigMap#items
     */
    readonly items?: KafkaSpecCruiseControlTemplatePodVolumesConfigMapItems[];
    /**
     * @schema KafkaSpecCruiseControlTemplatePodVolumesConfigMap#name
     */
    readonly name?: string;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodVolumesConfigMap#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlTemplatePodVolumesConfigMap' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlTemplatePodVolumesConfigMap(obj: KafkaSpecCruiseControlTemplatePodVolumesConfigMap | undefined): Record<string, any> | undefined;
/**
 * `EmptyDir` to use to populate the volume.
 *
 * @schema KafkaSpecCruiseControlTemplatePodVolumesEmptyDir
 */
export interface KafkaSpecCruiseControlTemplatePodVolumesEmptyDir {
    /**
     * Medium represents the type of storage medium should back this volume. Valid values are unset or `Memory`. When not set, it will use the node's default medium.
     *
     * @schema KafkaSpecCruiseControlTemplatePodVolumesEmptyDir#medium
     */
    readonly medium?: KafkaSpecCruiseControlTemplatePodVolumesEmptyDirMedium;
    /**
     * The total amount of local storage required for this EmptyDir volume (for example 1Gi).
     *
     * @schema KafkaSpecCruiseControlTemplatePodVolumesEmptyDir#sizeLimit
     */
    readonly sizeLimit?: string;
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlTemplatePodVolumesEmptyDir' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlTemplatePodVolumesEmptyDir(obj: KafkaSpecCruiseControlTemplatePodVolumesEmptyDir | undefined): Record<string, any> | undefined;
/**
 * `PersistentVolumeClaim` object to use to populate the volume.
 *
 * @schema KafkaSpecCruiseControlTemplatePodVolumesPersistentVolumeClaim
 */
export interface KafkaSpecCruiseControlTemplatePodVolumesPersistentVolumeClaim {
    /**
     * @schema KafkaSpecCruiseControlTemplatePodVolumesPersistentVolumeClaim#claimName
     */
    readonly claimName?: string;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodVolumesPersistentVolumeClaim#readOnly
     */
    readonly readOnly?: boolean;
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlTemplatePodVolumesPersistentVolumeClaim' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlTemplatePodVolumesPersistentVolumeClaim(obj: KafkaSpecCruiseControlTemplatePodVolumesPersistentVolumeClaim | undefined): Record<string, any> | undefined;
/**
 * `CSIVolumeSource` object to use to populate the volume.
 *
 * @schema KafkaSpecCruiseControlTemplatePodVolumesCsi
 */
export interface KafkaSpecCruiseControlTemplatePodVolumesCsi {
    /**
     * @schema KafkaSpecCruiseControlTemplatePodVolumesCsi#driver
     */
    readonly driver?: string;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodVolumesCsi#fsType
     */
    readonly fsType?: string;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodVolumesCsi#nodePublishSecretRef
     */
    readonly nodePublishSecretRef?: KafkaSpecCruiseControlTemplatePodVolumesCsiNodePublishSecretRef;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodVolumesCsi#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodVolumesCsi#volumeAttributes
     */
    readonly volumeAttributes?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlTemplatePodVolumesCsi' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlTemplatePodVolumesCsi(obj: KafkaSpecCruiseControlTemplatePodVolumesCsi | undefined): Record<string, any> | undefined;
/**
 * `ImageVolumeSource` object to use to populate the volume.
 *
 * @schema KafkaSpecCruiseControlTemplatePodVolumesImage
 */
export interface KafkaSpecCruiseControlTemplatePodVolumesImage {
    /**
     * @schema KafkaSpecCruiseControlTemplatePodVolumesImage#pullPolicy
     */
    readonly pullPolicy?: string;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodVolumesImage#reference
     */
    readonly reference?: string;
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlTemplatePodVolumesImage' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlTemplatePodVolumesImage(obj: KafkaSpecCruiseControlTemplatePodVolumesImage | undefined): Record<string, any> | undefined;
/**
 * Reference to the secret or config map property to which the environment variable is set.
 *
 * @schema KafkaSpecCruiseControlTemplateCruiseControlContainerEnvValueFrom
 */
export interface KafkaSpecCruiseControlTemplateCruiseControlContainerEnvValueFrom {
    /**
     * Reference to a key in a secret.
     *
     * @schema KafkaSpecCruiseControlTemplateCruiseControlContainerEnvValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: KafkaSpecCruiseControlTemplateCruiseControlContainerEnvValueFromSecretKeyRef;
    /**
     * Reference to a key in a config map.
     *
     * @schema KafkaSpecCruiseControlTemplateCruiseControlContainerEnvValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: KafkaSpecCruiseControlTemplateCruiseControlContainerEnvValueFromConfigMapKeyRef;
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlTemplateCruiseControlContainerEnvValueFrom' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlTemplateCruiseControlContainerEnvValueFrom(obj: KafkaSpecCruiseControlTemplateCruiseControlContainerEnvValueFrom | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContextAppArmorProfile
 */
export interface KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContextAppArmorProfile {
    /**
     * @schema KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContextAppArmorProfile#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContextAppArmorProfile(obj: KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContextCapabilities
 */
export interface KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContextCapabilities {
    /**
     * @schema KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContextCapabilities#add
     */
    readonly add?: string[];
    /**
     * @schema KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContextCapabilities#drop
     */
    readonly drop?: string[];
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContextCapabilities' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContextCapabilities(obj: KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContextCapabilities | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContextSeLinuxOptions
 */
export interface KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContextSeLinuxOptions {
    /**
     * @schema KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * @schema KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * @schema KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * @schema KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContextSeLinuxOptions(obj: KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContextSeccompProfile
 */
export interface KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContextSeccompProfile {
    /**
     * @schema KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContextSeccompProfile#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContextSeccompProfile(obj: KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContextWindowsOptions
 */
export interface KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContextWindowsOptions {
    /**
     * @schema KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * @schema KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * @schema KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * @schema KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContextWindowsOptions(obj: KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaExporterTemplatePodSecurityContextAppArmorProfile
 */
export interface KafkaSpecKafkaExporterTemplatePodSecurityContextAppArmorProfile {
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodSecurityContextAppArmorProfile#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterTemplatePodSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterTemplatePodSecurityContextAppArmorProfile(obj: KafkaSpecKafkaExporterTemplatePodSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaExporterTemplatePodSecurityContextSeLinuxOptions
 */
export interface KafkaSpecKafkaExporterTemplatePodSecurityContextSeLinuxOptions {
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterTemplatePodSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterTemplatePodSecurityContextSeLinuxOptions(obj: KafkaSpecKafkaExporterTemplatePodSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaExporterTemplatePodSecurityContextSeccompProfile
 */
export interface KafkaSpecKafkaExporterTemplatePodSecurityContextSeccompProfile {
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodSecurityContextSeccompProfile#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterTemplatePodSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterTemplatePodSecurityContextSeccompProfile(obj: KafkaSpecKafkaExporterTemplatePodSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaExporterTemplatePodSecurityContextSysctls
 */
export interface KafkaSpecKafkaExporterTemplatePodSecurityContextSysctls {
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodSecurityContextSysctls#name
     */
    readonly name?: string;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodSecurityContextSysctls#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterTemplatePodSecurityContextSysctls' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterTemplatePodSecurityContextSysctls(obj: KafkaSpecKafkaExporterTemplatePodSecurityContextSysctls | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaExporterTemplatePodSecurityContextWindowsOptions
 */
export interface KafkaSpecKafkaExporterTemplatePodSecurityContextWindowsOptions {
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterTemplatePodSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterTemplatePodSecurityContextWindowsOptions(obj: KafkaSpecKafkaExporterTemplatePodSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinity
 */
export interface KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinity {
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution;
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinity' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinity(obj: KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAffinity
 */
export interface KafkaSpecKafkaExporterTemplatePodAffinityPodAffinity {
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution[];
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterTemplatePodAffinityPodAffinity' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAffinity(obj: KafkaSpecKafkaExporterTemplatePodAffinityPodAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinity
 */
export interface KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinity {
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution[];
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinity' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinity(obj: KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaExporterTemplatePodTopologySpreadConstraintsLabelSelector
 */
export interface KafkaSpecKafkaExporterTemplatePodTopologySpreadConstraintsLabelSelector {
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodTopologySpreadConstraintsLabelSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaSpecKafkaExporterTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions[];
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodTopologySpreadConstraintsLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterTemplatePodTopologySpreadConstraintsLabelSelector' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterTemplatePodTopologySpreadConstraintsLabelSelector(obj: KafkaSpecKafkaExporterTemplatePodTopologySpreadConstraintsLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaExporterTemplatePodDnsConfigOptions
 */
export interface KafkaSpecKafkaExporterTemplatePodDnsConfigOptions {
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodDnsConfigOptions#name
     */
    readonly name?: string;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodDnsConfigOptions#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterTemplatePodDnsConfigOptions' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterTemplatePodDnsConfigOptions(obj: KafkaSpecKafkaExporterTemplatePodDnsConfigOptions | undefined): Record<string, any> | undefined;
/**
 * `Secret` to use to populate the volume.
 *
 * @schema KafkaSpecKafkaExporterTemplatePodVolumesSecret
 */
export interface KafkaSpecKafkaExporterTemplatePodVolumesSecret {
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodVolumesSecret#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodVolumesSecret#items
     */
    readonly items?: KafkaSpecKafkaExporterTemplatePodVolumesSecretItems[];
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodVolumesSecret#optional
     */
    readonly optional?: boolean;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodVolumesSecret#secretName
     */
    readonly secretName?: string;
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterTemplatePodVolumesSecret' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterTemplatePodVolumesSecret(obj: KafkaSpecKafkaExporterTemplatePodVolumesSecret | undefined): Record<string, any> | undefined;
/**
 * `ConfigMap` to use to populate the volume.
 *
 * @schema KafkaSpecKafkaExporterTemplatePodVolumesConfigMap
 */
export interface KafkaSpecKafkaExporterTemplatePodVolumesConfigMap {
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodVolumesConfigMap#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodVolumesConfigMap#items
     */
    readonly items?: KafkaSpecKafkaExporterTemplatePodVolumesConfigMapItems[];
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodVolumesConfigMap#name
     */
    readonly name?: string;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodVolumesConfigMap#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterTemplatePodVolumesConfigMap' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterTemplatePodVolumesConfigMap(obj: KafkaSpecKafkaExporterTemplatePodVolumesConfigMap | undefined): Record<string, any> | undefined;
/**
 * `EmptyDir` to use to populate the volume.
 *
 * @schema KafkaSpecKafkaExporterTemplatePodVolumesEmptyDir
 */
export interface KafkaSpecKafkaExporterTemplatePodVolumesEmptyDir {
    /**
     * Medium represents the type of storage medium should back this volume. Valid values are unset or `Memory`. When not set, it will use the node's default medium.
     *
     * @schema KafkaSpecKafkaExporterTemplatePodVolumesEmptyDir#medium
     */
    readonly medium?: KafkaSpecKafkaExporterTemplatePodVolumesEmptyDirMedium;
    /**
     * The total amount of local storage required for this EmptyDir volume (for example 1Gi).
     *
     * @schema KafkaSpecKafkaExporterTemplatePodVolumesEmptyDir#sizeLimit
     */
    readonly sizeLimit?: string;
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterTemplatePodVolumesEmptyDir' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterTemplatePodVolumesEmptyDir(obj: KafkaSpecKafkaExporterTemplatePodVolumesEmptyDir | undefined): Record<string, any> | undefined;
/**
 * `PersistentVolumeClaim` object to use to populate the volume.
 *
 * @schema KafkaSpecKafkaExporterTemplatePodVolumesPersistentVolumeClaim
 */
export interface KafkaSpecKafkaExporterTemplatePodVolumesPersistentVolumeClaim {
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodVolumesPersistentVolumeClaim#claimName
     */
    readonly claimName?: string;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodVolumesPersistentVolumeClaim#readOnly
     */
    readonly readOnly?: boolean;
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterTemplatePodVolumesPersistentVolumeClaim' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterTemplatePodVolumesPersistentVolumeClaim(obj: KafkaSpecKafkaExporterTemplatePodVolumesPersistentVolumeClaim | undefined): Record<string, any> | undefined;
/**
 * `CSIVolumeSource` object to use to populate the volume.
 *
 * @schema KafkaSpecKafkaExporterTemplatePodVolumesCsi
 */
export interface KafkaSpecKafkaExporterTemplatePodVolumesCsi {
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodVolumesCsi#driver
     */
    readonly driver?: string;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodVolumesCsi#fsType
     */
    readonly fsType?: string;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodVolumesCsi#nodePublishSecretRef
     */
    readonly nodePublishSecretRef?: KafkaSpecKafkaExporterTemplatePodVolumesCsiNodePublishSecretRef;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodVolumesCsi#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodVolumesCsi#volumeAttributes
     */
    readonly volumeAttributes?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterTemplatePodVolumesCsi' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterTemplatePodVolumesCsi(obj: KafkaSpecKafkaExporterTemplatePodVolumesCsi | undefined): Record<string, any> | undefined;
/**
 * `ImageVolumeSource` object to use to populate the volume.
 *
 * @schema KafkaSpecKafkaExporterTemplatePodVolumesImage
 */
export interface KafkaSpecKafkaExporterTemplatePodVolumesImage {
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodVolumesImage#pullPolicy
     */
    readonly pullPolicy?: string;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodVolumesImage#reference
     */
    readonly reference?: string;
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterTemplatePodVolumesImage' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterTemplatePodVolumesImage(obj: KafkaSpecKafkaExporterTemplatePodVolumesImage | undefined): Record<string, any> | undefined;
/**
 * Reference to the secret or config map property to which the environment variable is set.
 *
 * @schema KafkaSpecKafkaExporterTemplateContainerEnvValueFrom
 */
export interface KafkaSpecKafkaExporterTemplateContainerEnvValueFrom {
    /**
     * Reference to a key in a secret.
     *
     * @schema KafkaSpecKafkaExporterTemplateContainerEnvValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: KafkaSpecKafkaExporterTemplateContainerEnvValueFromSecretKeyRef;
    /**
     * Reference to a key in a config map.
     *
     * @schema KafkaSpecKafkaExporterTemplateContainerEnvValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: KafkaSpecKafkaExporterTemplateContainerEnvValueFromConfigMapKeyRef;
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterTemplateContainerEnvValueFrom' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterTemplateContainerEnvValueFrom(obj: KafkaSpecKafkaExporterTemplateContainerEnvValueFrom | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaExporterTemplateContainerSecurityContextAppArmorProfile
 */
export interface KafkaSpecKafkaExporterTemplateContainerSecurityContextAppArmorProfile {
    /**
     * @schema KafkaSpecKafkaExporterTemplateContainerSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema KafkaSpecKafkaExporterTemplateContainerSecurityContextAppArmorProfile#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterTemplateContainerSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterTemplateContainerSecurityContextAppArmorProfile(obj: KafkaSpecKafkaExporterTemplateContainerSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaExporterTemplateContainerSecurityContextCapabilities
 */
export interface KafkaSpecKafkaExporterTemplateContainerSecurityContextCapabilities {
    /**
     * @schema KafkaSpecKafkaExporterTemplateContainerSecurityContextCapabilities#add
     */
    readonly add?: string[];
    /**
     * @schema KafkaSpecKafkaExporterTemplateContainerSecurityContextCapabilities#drop
     */
    readonly drop?: string[];
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterTemplateContainerSecurityContextCapabilities' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterTemplateContainerSecurityContextCapabilities(obj: KafkaSpecKafkaExporterTemplateContainerSecurityContextCapabilities | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaExporterTemplateContainerSecurityContextSeLinuxOptions
 */
export interface KafkaSpecKafkaExporterTemplateContainerSecurityContextSeLinuxOptions {
    /**
     * @schema KafkaSpecKafkaExporterTemplateContainerSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * @schema KafkaSpecKafkaExporterTemplateContainerSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * @schema KafkaSpecKafkaExporterTemplateContainerSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * @schema KafkaSpecKafkaExporterTemplateContainerSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterTemplateContainerSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterTemplateContainerSecurityContextSeLinuxOptions(obj: KafkaSpecKafkaExporterTemplateContainerSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaExporterTemplateContainerSecurityContextSeccompProfile
 */
export interface KafkaSpecKafkaExporterTemplateContainerSecurityContextSeccompProfile {
    /**
     * @schema KafkaSpecKafkaExporterTemplateContainerSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema KafkaSpecKafkaExporterTemplateContainerSecurityContextSeccompProfile#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterTemplateContainerSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterTemplateContainerSecurityContextSeccompProfile(obj: KafkaSpecKafkaExporterTemplateContainerSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaExporterTemplateContainerSecurityContextWindowsOptions
 */
export interface KafkaSpecKafkaExporterTemplateContainerSecurityContextWindowsOptions {
    /**
     * @schema KafkaSpecKafkaExporterTemplateContainerSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * @schema KafkaSpecKafkaExporterTemplateContainerSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * @schema KafkaSpecKafkaExporterTemplateContainerSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * @schema KafkaSpecKafkaExporterTemplateContainerSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterTemplateContainerSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterTemplateContainerSecurityContextWindowsOptions(obj: KafkaSpecKafkaExporterTemplateContainerSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface KafkaSpecKafkaTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution#preference
     */
    readonly preference?: KafkaSpecKafkaTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference;
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight?: number;
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: KafkaSpecKafkaTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface KafkaSpecKafkaTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution#nodeSelectorTerms
     */
    readonly nodeSelectorTerms?: KafkaSpecKafkaTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms[];
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: KafkaSpecKafkaTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface KafkaSpecKafkaTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution#podAffinityTerm
     */
    readonly podAffinityTerm?: KafkaSpecKafkaTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight?: number;
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: KafkaSpecKafkaTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface KafkaSpecKafkaTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#labelSelector
     */
    readonly labelSelector?: KafkaSpecKafkaTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaceSelector
     */
    readonly namespaceSelector?: KafkaSpecKafkaTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#topologyKey
     */
    readonly topologyKey?: string;
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: KafkaSpecKafkaTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution#podAffinityTerm
     */
    readonly podAffinityTerm?: KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight?: number;
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#labelSelector
     */
    readonly labelSelector?: KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaceSelector
     */
    readonly namespaceSelector?: KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#topologyKey
     */
    readonly topologyKey?: string;
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions
 */
export interface KafkaSpecKafkaTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions {
    /**
     * @schema KafkaSpecKafkaTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecKafkaTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaSpecKafkaTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions(obj: KafkaSpecKafkaTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaTemplatePodVolumesSecretItems
 */
export interface KafkaSpecKafkaTemplatePodVolumesSecretItems {
    /**
     * @schema KafkaSpecKafkaTemplatePodVolumesSecretItems#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecKafkaTemplatePodVolumesSecretItems#mode
     */
    readonly mode?: number;
    /**
     * @schema KafkaSpecKafkaTemplatePodVolumesSecretItems#path
     */
    readonly path?: string;
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplatePodVolumesSecretItems' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplatePodVolumesSecretItems(obj: KafkaSpecKafkaTemplatePodVolumesSecretItems | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaTemplatePodVolumesConfigMapItems
 */
export interface KafkaSpecKafkaTemplatePodVolumesConfigMapItems {
    /**
     * @schema KafkaSpecKafkaTemplatePodVolumesConfigMapItems#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecKafkaTemplatePodVolumesConfigMapItems#mode
     */
    readonly mode?: number;
    /**
     * @schema KafkaSpecKafkaTemplatePodVolumesConfigMapItems#path
     */
    readonly path?: string;
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplatePodVolumesConfigMapItems' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplatePodVolumesConfigMapItems(obj: KafkaSpecKafkaTemplatePodVolumesConfigMapItems | undefined): Record<string, any> | undefined;
/**
 * Medium represents the type of storage medium should back this volume. Valid values are unset or `Memory`. When not set, it will use the node's default medium.
 *
 * @schema KafkaSpecKafkaTemplatePodVolumesEmptyDirMedium
 */
export declare enum KafkaSpecKafkaTemplatePodVolumesEmptyDirMedium {
    /** Memory */
    MEMORY = "Memory"
}
/**
 * @schema KafkaSpecKafkaTemplatePodVolumesCsiNodePublishSecretRef
 */
export interface KafkaSpecKafkaTemplatePodVolumesCsiNodePublishSecretRef {
    /**
     * @schema KafkaSpecKafkaTemplatePodVolumesCsiNodePublishSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplatePodVolumesCsiNodePublishSecretRef' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplatePodVolumesCsiNodePublishSecretRef(obj: KafkaSpecKafkaTemplatePodVolumesCsiNodePublishSecretRef | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaTemplatePodTemplatedVolumesSecretItems
 */
export interface KafkaSpecKafkaTemplatePodTemplatedVolumesSecretItems {
    /**
     * @schema KafkaSpecKafkaTemplatePodTemplatedVolumesSecretItems#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecKafkaTemplatePodTemplatedVolumesSecretItems#mode
     */
    readonly mode?: number;
    /**
     * @schema KafkaSpecKafkaTemplatePodTemplatedVolumesSecretItems#path
     */
    readonly path?: string;
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplatePodTemplatedVolumesSecretItems' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplatePodTemplatedVolumesSecretItems(obj: KafkaSpecKafkaTemplatePodTemplatedVolumesSecretItems | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaTemplatePodTemplatedVolumesConfigMapItems
 */
export interface KafkaSpecKafkaTemplatePodTemplatedVolumesConfigMapItems {
    /**
     * @schema KafkaSpecKafkaTemplatePodTemplatedVolumesConfigMapItems#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecKafkaTemplatePodTemplatedVolumesConfigMapItems#mode
     */
    readonly mode?: number;
    /**
     * @schema KafkaSpecKafkaTemplatePodTemplatedVolumesConfigMapItems#path
     */
    readonly path?: string;
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplatePodTemplatedVolumesConfigMapItems' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplatePodTemplatedVolumesConfigMapItems(obj: KafkaSpecKafkaTemplatePodTemplatedVolumesConfigMapItems | undefined): Record<string, any> | undefined;
/**
 * Reference to a key in a secret.
 *
 * @schema KafkaSpecKafkaTemplateKafkaContainerEnvValueFromSecretKeyRef
 */
export interface KafkaSpecKafkaTemplateKafkaContainerEnvValueFromSecretKeyRef {
    /**
     * @schema KafkaSpecKafkaTemplateKafkaContainerEnvValueFromSecretKeyRef#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecKafkaTemplateKafkaContainerEnvValueFromSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema KafkaSpecKafkaTemplateKafkaContainerEnvValueFromSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplateKafkaContainerEnvValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplateKafkaContainerEnvValueFromSecretKeyRef(obj: KafkaSpecKafkaTemplateKafkaContainerEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * Reference to a key in a config map.
 *
 * @schema KafkaSpecKafkaTemplateKafkaContainerEnvValueFromConfigMapKeyRef
 */
export interface KafkaSpecKafkaTemplateKafkaContainerEnvValueFromConfigMapKeyRef {
    /**
     * @schema KafkaSpecKafkaTemplateKafkaContainerEnvValueFromConfigMapKeyRef#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecKafkaTemplateKafkaContainerEnvValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema KafkaSpecKafkaTemplateKafkaContainerEnvValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplateKafkaContainerEnvValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplateKafkaContainerEnvValueFromConfigMapKeyRef(obj: KafkaSpecKafkaTemplateKafkaContainerEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * Reference to a key in a secret.
 *
 * @schema KafkaSpecKafkaTemplateInitContainerEnvValueFromSecretKeyRef
 */
export interface KafkaSpecKafkaTemplateInitContainerEnvValueFromSecretKeyRef {
    /**
     * @schema KafkaSpecKafkaTemplateInitContainerEnvValueFromSecretKeyRef#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecKafkaTemplateInitContainerEnvValueFromSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema KafkaSpecKafkaTemplateInitContainerEnvValueFromSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplateInitContainerEnvValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplateInitContainerEnvValueFromSecretKeyRef(obj: KafkaSpecKafkaTemplateInitContainerEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * Reference to a key in a config map.
 *
 * @schema KafkaSpecKafkaTemplateInitContainerEnvValueFromConfigMapKeyRef
 */
export interface KafkaSpecKafkaTemplateInitContainerEnvValueFromConfigMapKeyRef {
    /**
     * @schema KafkaSpecKafkaTemplateInitContainerEnvValueFromConfigMapKeyRef#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecKafkaTemplateInitContainerEnvValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema KafkaSpecKafkaTemplateInitContainerEnvValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplateInitContainerEnvValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplateInitContainerEnvValueFromConfigMapKeyRef(obj: KafkaSpecKafkaTemplateInitContainerEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution#preference
     */
    readonly preference?: KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight?: number;
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution#nodeSelectorTerms
     */
    readonly nodeSelectorTerms?: KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms[];
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution#podAffinityTerm
     */
    readonly podAffinityTerm?: KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight?: number;
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#labelSelector
     */
    readonly labelSelector?: KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaceSelector
     */
    readonly namespaceSelector?: KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#topologyKey
     */
    readonly topologyKey?: string;
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution#podAffinityTerm
     */
    readonly podAffinityTerm?: KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight?: number;
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#labelSelector
     */
    readonly labelSelector?: KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaceSelector
     */
    readonly namespaceSelector?: KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#topologyKey
     */
    readonly topologyKey?: string;
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecEntityOperatorTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions
 */
export interface KafkaSpecEntityOperatorTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions {
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions(obj: KafkaSpecEntityOperatorTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecEntityOperatorTemplatePodVolumesSecretItems
 */
export interface KafkaSpecEntityOperatorTemplatePodVolumesSecretItems {
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodVolumesSecretItems#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodVolumesSecretItems#mode
     */
    readonly mode?: number;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodVolumesSecretItems#path
     */
    readonly path?: string;
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplatePodVolumesSecretItems' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplatePodVolumesSecretItems(obj: KafkaSpecEntityOperatorTemplatePodVolumesSecretItems | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecEntityOperatorTemplatePodVolumesConfigMapItems
 */
export interface KafkaSpecEntityOperatorTemplatePodVolumesConfigMapItems {
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodVolumesConfigMapItems#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodVolumesConfigMapItems#mode
     */
    readonly mode?: number;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodVolumesConfigMapItems#path
     */
    readonly path?: string;
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplatePodVolumesConfigMapItems' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplatePodVolumesConfigMapItems(obj: KafkaSpecEntityOperatorTemplatePodVolumesConfigMapItems | undefined): Record<string, any> | undefined;
/**
 * Medium represents the type of storage medium should back this volume. Valid values are unset or `Memory`. When not set, it will use the node's default medium.
 *
 * @schema KafkaSpecEntityOperatorTemplatePodVolumesEmptyDirMedium
 */
export declare enum KafkaSpecEntityOperatorTemplatePodVolumesEmptyDirMedium {
    /** Memory */
    MEMORY = "Memory"
}
/**
 * @schema KafkaSpecEntityOperatorTemplatePodVolumesCsiNodePublishSecretRef
 */
export interface KafkaSpecEntityOperatorTemplatePodVolumesCsiNodePublishSecretRef {
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodVolumesCsiNodePublishSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplatePodVolumesCsiNodePublishSecretRef' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplatePodVolumesCsiNodePublishSecretRef(obj: KafkaSpecEntityOperatorTemplatePodVolumesCsiNodePublishSecretRef | undefined): Record<string, any> | undefined;
/**
 * Reference to a key in a secret.
 *
 * @schema KafkaSpecEntityOperatorTemplateTopicOperatorContainerEnvValueFromSecretKeyRef
 */
export interface KafkaSpecEntityOperatorTemplateTopicOperatorContainerEnvValueFromSecretKeyRef {
    /**
     * @schema KafkaSpecEntityOperatorTemplateTopicOperatorContainerEnvValueFromSecretKeyRef#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplateTopicOperatorContainerEnvValueFromSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplateTopicOperatorContainerEnvValueFromSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplateTopicOperatorContainerEnvValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplateTopicOperatorContainerEnvValueFromSecretKeyRef(obj: KafkaSpecEntityOperatorTemplateTopicOperatorContainerEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * Reference to a key in a config map.
 *
 * @schema KafkaSpecEntityOperatorTemplateTopicOperatorContainerEnvValueFromConfigMapKeyRef
 */
export interface KafkaSpecEntityOperatorTemplateTopicOperatorContainerEnvValueFromConfigMapKeyRef {
    /**
     * @schema KafkaSpecEntityOperatorTemplateTopicOperatorContainerEnvValueFromConfigMapKeyRef#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplateTopicOperatorContainerEnvValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplateTopicOperatorContainerEnvValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplateTopicOperatorContainerEnvValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplateTopicOperatorContainerEnvValueFromConfigMapKeyRef(obj: KafkaSpecEntityOperatorTemplateTopicOperatorContainerEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * Reference to a key in a secret.
 *
 * @schema KafkaSpecEntityOperatorTemplateUserOperatorContainerEnvValueFromSecretKeyRef
 */
export interface KafkaSpecEntityOperatorTemplateUserOperatorContainerEnvValueFromSecretKeyRef {
    /**
     * @schema KafkaSpecEntityOperatorTemplateUserOperatorContainerEnvValueFromSecretKeyRef#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplateUserOperatorContainerEnvValueFromSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplateUserOperatorContainerEnvValueFromSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplateUserOperatorContainerEnvValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplateUserOperatorContainerEnvValueFromSecretKeyRef(obj: KafkaSpecEntityOperatorTemplateUserOperatorContainerEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * Reference to a key in a config map.
 *
 * @schema KafkaSpecEntityOperatorTemplateUserOperatorContainerEnvValueFromConfigMapKeyRef
 */
export interface KafkaSpecEntityOperatorTemplateUserOperatorContainerEnvValueFromConfigMapKeyRef {
    /**
     * @schema KafkaSpecEntityOperatorTemplateUserOperatorContainerEnvValueFromConfigMapKeyRef#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplateUserOperatorContainerEnvValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplateUserOperatorContainerEnvValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplateUserOperatorContainerEnvValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplateUserOperatorContainerEnvValueFromConfigMapKeyRef(obj: KafkaSpecEntityOperatorTemplateUserOperatorContainerEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution#preference
     */
    readonly preference?: KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight?: number;
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution#nodeSelectorTerms
     */
    readonly nodeSelectorTerms?: KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms[];
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface KafkaSpecCruiseControlTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution#podAffinityTerm
     */
    readonly podAffinityTerm?: KafkaSpecCruiseControlTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight?: number;
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: KafkaSpecCruiseControlTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface KafkaSpecCruiseControlTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#labelSelector
     */
    readonly labelSelector?: KafkaSpecCruiseControlTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaceSelector
     */
    readonly namespaceSelector?: KafkaSpecCruiseControlTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#topologyKey
     */
    readonly topologyKey?: string;
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: KafkaSpecCruiseControlTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution#podAffinityTerm
     */
    readonly podAffinityTerm?: KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight?: number;
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#labelSelector
     */
    readonly labelSelector?: KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaceSelector
     */
    readonly namespaceSelector?: KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#topologyKey
     */
    readonly topologyKey?: string;
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecCruiseControlTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions
 */
export interface KafkaSpecCruiseControlTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions {
    /**
     * @schema KafkaSpecCruiseControlTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions(obj: KafkaSpecCruiseControlTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecCruiseControlTemplatePodVolumesSecretItems
 */
export interface KafkaSpecCruiseControlTemplatePodVolumesSecretItems {
    /**
     * @schema KafkaSpecCruiseControlTemplatePodVolumesSecretItems#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodVolumesSecretItems#mode
     */
    readonly mode?: number;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodVolumesSecretItems#path
     */
    readonly path?: string;
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlTemplatePodVolumesSecretItems' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlTemplatePodVolumesSecretItems(obj: KafkaSpecCruiseControlTemplatePodVolumesSecretItems | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecCruiseControlTemplatePodVolumesConfigMapItems
 */
export interface KafkaSpecCruiseControlTemplatePodVolumesConfigMapItems {
    /**
     * @schema KafkaSpecCruiseControlTemplatePodVolumesConfigMapItems#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodVolumesConfigMapItems#mode
     */
    readonly mode?: number;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodVolumesConfigMapItems#path
     */
    readonly path?: string;
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlTemplatePodVolumesConfigMapItems' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlTemplatePodVolumesConfigMapItems(obj: KafkaSpecCruiseControlTemplatePodVolumesConfigMapItems | undefined): Record<string, any> | undefined;
/**
 * Medium represents the type of storage medium should back this volume. Valid values are unset or `Memory`. When not set, it will use the node's default medium.
 *
 * @schema KafkaSpecCruiseControlTemplatePodVolumesEmptyDirMedium
 */
export declare enum KafkaSpecCruiseControlTemplatePodVolumesEmptyDirMedium {
    /** Memory */
    MEMORY = "Memory"
}
/**
 * @schema KafkaSpecCruiseControlTemplatePodVolumesCsiNodePublishSecretRef
 */
export interface KafkaSpecCruiseControlTemplatePodVolumesCsiNodePublishSecretRef {
    /**
     * @schema KafkaSpecCruiseControlTemplatePodVolumesCsiNodePublishSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlTemplatePodVolumesCsiNodePublishSecretRef' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlTemplatePodVolumesCsiNodePublishSecretRef(obj: KafkaSpecCruiseControlTemplatePodVolumesCsiNodePublishSecretRef | undefined): Record<string, any> | undefined;
/**
 * Reference to a key in a secret.
 *
 * @schema KafkaSpecCruiseControlTemplateCruiseControlContainerEnvValueFromSecretKeyRef
 */
export interface KafkaSpecCruiseControlTemplateCruiseControlContainerEnvValueFromSecretKeyRef {
    /**
     * @schema KafkaSpecCruiseControlTemplateCruiseControlContainerEnvValueFromSecretKeyRef#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecCruiseControlTemplateCruiseControlContainerEnvValueFromSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema KafkaSpecCruiseControlTemplateCruiseControlContainerEnvValueFromSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlTemplateCruiseControlContainerEnvValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlTemplateCruiseControlContainerEnvValueFromSecretKeyRef(obj: KafkaSpecCruiseControlTemplateCruiseControlContainerEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * Reference to a key in a config map.
 *
 * @schema KafkaSpecCruiseControlTemplateCruiseControlContainerEnvValueFromConfigMapKeyRef
 */
export interface KafkaSpecCruiseControlTemplateCruiseControlContainerEnvValueFromConfigMapKeyRef {
    /**
     * @schema KafkaSpecCruiseControlTemplateCruiseControlContainerEnvValueFromConfigMapKeyRef#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecCruiseControlTemplateCruiseControlContainerEnvValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema KafkaSpecCruiseControlTemplateCruiseControlContainerEnvValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlTemplateCruiseControlContainerEnvValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlTemplateCruiseControlContainerEnvValueFromConfigMapKeyRef(obj: KafkaSpecCruiseControlTemplateCruiseControlContainerEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution#preference
     */
    readonly preference?: KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight?: number;
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution#nodeSelectorTerms
     */
    readonly nodeSelectorTerms?: KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms[];
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution#podAffinityTerm
     */
    readonly podAffinityTerm?: KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight?: number;
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#labelSelector
     */
    readonly labelSelector?: KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaceSelector
     */
    readonly namespaceSelector?: KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#topologyKey
     */
    readonly topologyKey?: string;
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution#podAffinityTerm
     */
    readonly podAffinityTerm?: KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight?: number;
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#labelSelector
     */
    readonly labelSelector?: KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaceSelector
     */
    readonly namespaceSelector?: KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#topologyKey
     */
    readonly topologyKey?: string;
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaExporterTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions
 */
export interface KafkaSpecKafkaExporterTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions {
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions(obj: KafkaSpecKafkaExporterTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaExporterTemplatePodVolumesSecretItems
 */
export interface KafkaSpecKafkaExporterTemplatePodVolumesSecretItems {
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodVolumesSecretItems#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodVolumesSecretItems#mode
     */
    readonly mode?: number;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodVolumesSecretItems#path
     */
    readonly path?: string;
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterTemplatePodVolumesSecretItems' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterTemplatePodVolumesSecretItems(obj: KafkaSpecKafkaExporterTemplatePodVolumesSecretItems | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaExporterTemplatePodVolumesConfigMapItems
 */
export interface KafkaSpecKafkaExporterTemplatePodVolumesConfigMapItems {
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodVolumesConfigMapItems#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodVolumesConfigMapItems#mode
     */
    readonly mode?: number;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodVolumesConfigMapItems#path
     */
    readonly path?: string;
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterTemplatePodVolumesConfigMapItems' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterTemplatePodVolumesConfigMapItems(obj: KafkaSpecKafkaExporterTemplatePodVolumesConfigMapItems | undefined): Record<string, any> | undefined;
/**
 * Medium represents the type of storage medium should back this volume. Valid values are unset or `Memory`. When not set, it will use the node's default medium.
 *
 * @schema KafkaSpecKafkaExporterTemplatePodVolumesEmptyDirMedium
 */
export declare enum KafkaSpecKafkaExporterTemplatePodVolumesEmptyDirMedium {
    /** Memory */
    MEMORY = "Memory"
}
/**
 * @schema KafkaSpecKafkaExporterTemplatePodVolumesCsiNodePublishSecretRef
 */
export interface KafkaSpecKafkaExporterTemplatePodVolumesCsiNodePublishSecretRef {
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodVolumesCsiNodePublishSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterTemplatePodVolumesCsiNodePublishSecretRef' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterTemplatePodVolumesCsiNodePublishSecretRef(obj: KafkaSpecKafkaExporterTemplatePodVolumesCsiNodePublishSecretRef | undefined): Record<string, any> | undefined;
/**
 * Reference to a key in a secret.
 *
 * @schema KafkaSpecKafkaExporterTemplateContainerEnvValueFromSecretKeyRef
 */
export interface KafkaSpecKafkaExporterTemplateContainerEnvValueFromSecretKeyRef {
    /**
     * @schema KafkaSpecKafkaExporterTemplateContainerEnvValueFromSecretKeyRef#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecKafkaExporterTemplateContainerEnvValueFromSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema KafkaSpecKafkaExporterTemplateContainerEnvValueFromSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterTemplateContainerEnvValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterTemplateContainerEnvValueFromSecretKeyRef(obj: KafkaSpecKafkaExporterTemplateContainerEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * Reference to a key in a config map.
 *
 * @schema KafkaSpecKafkaExporterTemplateContainerEnvValueFromConfigMapKeyRef
 */
export interface KafkaSpecKafkaExporterTemplateContainerEnvValueFromConfigMapKeyRef {
    /**
     * @schema KafkaSpecKafkaExporterTemplateContainerEnvValueFromConfigMapKeyRef#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecKafkaExporterTemplateContainerEnvValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema KafkaSpecKafkaExporterTemplateContainerEnvValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterTemplateContainerEnvValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterTemplateContainerEnvValueFromConfigMapKeyRef(obj: KafkaSpecKafkaExporterTemplateContainerEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference
 */
export interface KafkaSpecKafkaTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference {
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference#matchExpressions
     */
    readonly matchExpressions?: KafkaSpecKafkaTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions[];
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference#matchFields
     */
    readonly matchFields?: KafkaSpecKafkaTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields[];
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference(obj: KafkaSpecKafkaTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms
 */
export interface KafkaSpecKafkaTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms {
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms#matchExpressions
     */
    readonly matchExpressions?: KafkaSpecKafkaTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions[];
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms#matchFields
     */
    readonly matchFields?: KafkaSpecKafkaTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields[];
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms(obj: KafkaSpecKafkaTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm
 */
export interface KafkaSpecKafkaTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm {
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#labelSelector
     */
    readonly labelSelector?: KafkaSpecKafkaTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaceSelector
     */
    readonly namespaceSelector?: KafkaSpecKafkaTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#topologyKey
     */
    readonly topologyKey?: string;
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj: KafkaSpecKafkaTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector
 */
export interface KafkaSpecKafkaTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector {
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaSpecKafkaTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions[];
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj: KafkaSpecKafkaTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector
 */
export interface KafkaSpecKafkaTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector {
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaSpecKafkaTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions[];
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj: KafkaSpecKafkaTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm
 */
export interface KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm {
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#labelSelector
     */
    readonly labelSelector?: KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaceSelector
     */
    readonly namespaceSelector?: KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#topologyKey
     */
    readonly topologyKey?: string;
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj: KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector
 */
export interface KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector {
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions[];
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj: KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector
 */
export interface KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector {
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions[];
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj: KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference
 */
export interface KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference {
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference#matchExpressions
     */
    readonly matchExpressions?: KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions[];
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference#matchFields
     */
    readonly matchFields?: KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields[];
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference(obj: KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms
 */
export interface KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms {
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms#matchExpressions
     */
    readonly matchExpressions?: KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions[];
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms#matchFields
     */
    readonly matchFields?: KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields[];
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms(obj: KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm
 */
export interface KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm {
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#labelSelector
     */
    readonly labelSelector?: KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaceSelector
     */
    readonly namespaceSelector?: KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#topologyKey
     */
    readonly topologyKey?: string;
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj: KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector
 */
export interface KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector {
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions[];
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj: KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector
 */
export interface KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector {
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions[];
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj: KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm
 */
export interface KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm {
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#labelSelector
     */
    readonly labelSelector?: KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaceSelector
     */
    readonly namespaceSelector?: KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#topologyKey
     */
    readonly topologyKey?: string;
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj: KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector
 */
export interface KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector {
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions[];
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj: KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector
 */
export interface KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector {
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions[];
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj: KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference
 */
export interface KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference {
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference#matchExpressions
     */
    readonly matchExpressions?: KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions[];
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference#matchFields
     */
    readonly matchFields?: KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields[];
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference(obj: KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms
 */
export interface KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms {
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms#matchExpressions
     */
    readonly matchExpressions?: KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions[];
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms#matchFields
     */
    readonly matchFields?: KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields[];
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms(obj: KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm
 */
export interface KafkaSpecCruiseControlTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm {
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#labelSelector
     */
    readonly labelSelector?: KafkaSpecCruiseControlTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaceSelector
     */
    readonly namespaceSelector?: KafkaSpecCruiseControlTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#topologyKey
     */
    readonly topologyKey?: string;
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj: KafkaSpecCruiseControlTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector
 */
export interface KafkaSpecCruiseControlTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector {
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaSpecCruiseControlTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions[];
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj: KafkaSpecCruiseControlTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector
 */
export interface KafkaSpecCruiseControlTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector {
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaSpecCruiseControlTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions[];
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj: KafkaSpecCruiseControlTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm
 */
export interface KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm {
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#labelSelector
     */
    readonly labelSelector?: KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaceSelector
     */
    readonly namespaceSelector?: KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#topologyKey
     */
    readonly topologyKey?: string;
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj: KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector
 */
export interface KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector {
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions[];
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj: KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector
 */
export interface KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector {
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions[];
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj: KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference
 */
export interface KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference {
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference#matchExpressions
     */
    readonly matchExpressions?: KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions[];
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference#matchFields
     */
    readonly matchFields?: KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields[];
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference(obj: KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms
 */
export interface KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms {
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms#matchExpressions
     */
    readonly matchExpressions?: KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions[];
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms#matchFields
     */
    readonly matchFields?: KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields[];
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms(obj: KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm
 */
export interface KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm {
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#labelSelector
     */
    readonly labelSelector?: KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaceSelector
     */
    readonly namespaceSelector?: KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#topologyKey
     */
    readonly topologyKey?: string;
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj: KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector
 */
export interface KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector {
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions[];
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj: KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector
 */
export interface KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector {
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions[];
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj: KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm
 */
export interface KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm {
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#labelSelector
     */
    readonly labelSelector?: KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaceSelector
     */
    readonly namespaceSelector?: KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#topologyKey
     */
    readonly topologyKey?: string;
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj: KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector
 */
export interface KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector {
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions[];
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj: KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector
 */
export interface KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector {
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions[];
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj: KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions
 */
export interface KafkaSpecKafkaTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions {
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions(obj: KafkaSpecKafkaTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields
 */
export interface KafkaSpecKafkaTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields {
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields(obj: KafkaSpecKafkaTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions
 */
export interface KafkaSpecKafkaTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions {
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions(obj: KafkaSpecKafkaTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields
 */
export interface KafkaSpecKafkaTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields {
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields(obj: KafkaSpecKafkaTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector
 */
export interface KafkaSpecKafkaTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector {
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaSpecKafkaTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions[];
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj: KafkaSpecKafkaTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector
 */
export interface KafkaSpecKafkaTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector {
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaSpecKafkaTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions[];
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj: KafkaSpecKafkaTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions
 */
export interface KafkaSpecKafkaTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions {
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj: KafkaSpecKafkaTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions
 */
export interface KafkaSpecKafkaTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions {
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj: KafkaSpecKafkaTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector
 */
export interface KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector {
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions[];
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj: KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector
 */
export interface KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector {
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions[];
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj: KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions
 */
export interface KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions {
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj: KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions
 */
export interface KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions {
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj: KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions
 */
export interface KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions {
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions(obj: KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields
 */
export interface KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields {
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields(obj: KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions
 */
export interface KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions {
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions(obj: KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields
 */
export interface KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields {
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields(obj: KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector
 */
export interface KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector {
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions[];
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj: KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector
 */
export interface KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector {
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions[];
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj: KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions
 */
export interface KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions {
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj: KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions
 */
export interface KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions {
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj: KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector
 */
export interface KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector {
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions[];
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj: KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector
 */
export interface KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector {
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions[];
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj: KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions
 */
export interface KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions {
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj: KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions
 */
export interface KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions {
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj: KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions
 */
export interface KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions {
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions(obj: KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields
 */
export interface KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields {
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields(obj: KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions
 */
export interface KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions {
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions(obj: KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields
 */
export interface KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields {
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields(obj: KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector
 */
export interface KafkaSpecCruiseControlTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector {
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaSpecCruiseControlTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions[];
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj: KafkaSpecCruiseControlTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector
 */
export interface KafkaSpecCruiseControlTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector {
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaSpecCruiseControlTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions[];
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj: KafkaSpecCruiseControlTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions
 */
export interface KafkaSpecCruiseControlTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions {
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj: KafkaSpecCruiseControlTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions
 */
export interface KafkaSpecCruiseControlTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions {
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj: KafkaSpecCruiseControlTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector
 */
export interface KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector {
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions[];
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj: KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector
 */
export interface KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector {
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions[];
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj: KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions
 */
export interface KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions {
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj: KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions
 */
export interface KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions {
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj: KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions
 */
export interface KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions {
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions(obj: KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields
 */
export interface KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields {
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields(obj: KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions
 */
export interface KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions {
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions(obj: KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields
 */
export interface KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields {
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields(obj: KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector
 */
export interface KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector {
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions[];
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj: KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector
 */
export interface KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector {
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions[];
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj: KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions
 */
export interface KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions {
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj: KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions
 */
export interface KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions {
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj: KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector
 */
export interface KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector {
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions[];
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj: KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector
 */
export interface KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector {
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions[];
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj: KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions
 */
export interface KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions {
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj: KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions
 */
export interface KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions {
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj: KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions
 */
export interface KafkaSpecKafkaTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions {
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj: KafkaSpecKafkaTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions
 */
export interface KafkaSpecKafkaTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions {
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj: KafkaSpecKafkaTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions
 */
export interface KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions {
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj: KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions
 */
export interface KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions {
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj: KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions
 */
export interface KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions {
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj: KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions
 */
export interface KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions {
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj: KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions
 */
export interface KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions {
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj: KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions
 */
export interface KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions {
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj: KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions
 */
export interface KafkaSpecCruiseControlTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions {
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj: KafkaSpecCruiseControlTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions
 */
export interface KafkaSpecCruiseControlTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions {
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj: KafkaSpecCruiseControlTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions
 */
export interface KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions {
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj: KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions
 */
export interface KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions {
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj: KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions
 */
export interface KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions {
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj: KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions
 */
export interface KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions {
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj: KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions
 */
export interface KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions {
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj: KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions
 */
export interface KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions {
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj: KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 *
 *
 * @schema KafkaNodePool
 */
export declare class KafkaNodePool extends ApiObject {
    /**
     * Returns the apiVersion and kind for "KafkaNodePool"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "KafkaNodePool".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: KafkaNodePoolProps): any;
    /**
     * Defines a "KafkaNodePool" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: KafkaNodePoolProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * @schema KafkaNodePool
 */
export interface KafkaNodePoolProps {
    /**
     * @schema KafkaNodePool#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * The specification of the KafkaNodePool.
     *
     * @schema KafkaNodePool#spec
     */
    readonly spec: KafkaNodePoolSpec;
}
/**
 * Converts an object of type 'KafkaNodePoolProps' to JSON representation.
 */
export declare function toJson_KafkaNodePoolProps(obj: KafkaNodePoolProps | undefined): Record<string, any> | undefined;
/**
 * The specification of the KafkaNodePool.
 *
 * @schema KafkaNodePoolSpec
 */
export interface KafkaNodePoolSpec {
    /**
     * The number of pods in the pool.
     *
     * @schema KafkaNodePoolSpec#replicas
     */
    readonly replicas: number;
    /**
     * Storage configuration (disk). Cannot be updated.
     *
     * @schema KafkaNodePoolSpec#storage
     */
    readonly storage: KafkaNodePoolSpecStorage;
    /**
     * The roles assigned to the node pool. Supported values are `broker` and `controller`. This property is required.
     *
     * @schema KafkaNodePoolSpec#roles
     */
    readonly roles: KafkaNodePoolSpecRoles[];
    /**
     * CPU and memory resources to reserve.
     *
     * @schema KafkaNodePoolSpec#resources
     */
    readonly resources?: KafkaNodePoolSpecResources;
    /**
     * JVM Options for pods.
     *
     * @schema KafkaNodePoolSpec#jvmOptions
     */
    readonly jvmOptions?: KafkaNodePoolSpecJvmOptions;
    /**
     * Template for pool resources. The template allows users to specify how the resources belonging to this pool are generated.
     *
     * @schema KafkaNodePoolSpec#template
     */
    readonly template?: KafkaNodePoolSpecTemplate;
}
/**
 * Converts an object of type 'KafkaNodePoolSpec' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpec(obj: KafkaNodePoolSpec | undefined): Record<string, any> | undefined;
/**
 * Storage configuration (disk). Cannot be updated.
 *
 * @schema KafkaNodePoolSpecStorage
 */
export interface KafkaNodePoolSpecStorage {
    /**
     * The storage class to use for dynamic volume allocation.
     *
     * @schema KafkaNodePoolSpecStorage#class
     */
    readonly class?: string;
    /**
     * Specifies whether the persistent volume claim is deleted when a Kafka node is deleted. Optional. Defaults to `false`.
     *
     * @default false`.
     * @schema KafkaNodePoolSpecStorage#deleteClaim
     */
    readonly deleteClaim?: boolean;
    /**
     * Storage identification number. It is mandatory only for storage volumes defined in a storage of type 'jbod'.
     *
     * @schema KafkaNodePoolSpecStorage#id
     */
    readonly id?: number;
    /**
     * Specifies whether this volume should be used for storing KRaft metadata. This property is optional. When set, the only currently supported value is `shared`. At most one volume can have this property set.
     *
     * @schema KafkaNodePoolSpecStorage#kraftMetadata
     */
    readonly kraftMetadata?: KafkaNodePoolSpecStorageKraftMetadata;
    /**
     * Specifies a specific persistent volume to use. It contains key:value pairs representing labels for selecting such a volume.
     *
     * @schema KafkaNodePoolSpecStorage#selector
     */
    readonly selector?: {
        [key: string]: string;
    };
    /**
     * When `type=persistent-claim`, defines the size of the persistent volume claim, such as 100Gi. Mandatory when `type=persistent-claim`.
     *
     * @schema KafkaNodePoolSpecStorage#size
     */
    readonly size?: string;
    /**
     * When type=ephemeral, defines the total amount of local storage required for this EmptyDir volume (for example 1Gi).
     *
     * @schema KafkaNodePoolSpecStorage#sizeLimit
     */
    readonly sizeLimit?: string;
    /**
     * Storage type, must be either 'ephemeral', 'persistent-claim', or 'jbod'.
     *
     * @schema KafkaNodePoolSpecStorage#type
     */
    readonly type: KafkaNodePoolSpecStorageType;
    /**
     * Specifies `VolumeAttributeClass` name for dynamically configuring storage attributes.
     *
     * @schema KafkaNodePoolSpecStorage#volumeAttributesClass
     */
    readonly volumeAttributesClass?: string;
    /**
     * List of volumes as Storage objects representing the JBOD disks array.
     *
     * @schema KafkaNodePoolSpecStorage#volumes
     */
    readonly volumes?: KafkaNodePoolSpecStorageVolumes[];
}
/**
 * Converts an object of type 'KafkaNodePoolSpecStorage' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecStorage(obj: KafkaNodePoolSpecStorage | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecRoles
 */
export declare enum KafkaNodePoolSpecRoles {
    /** controller */
    CONTROLLER = "controller",
    /** broker */
    BROKER = "broker"
}
/**
 * CPU and memory resources to reserve.
 *
 * @schema KafkaNodePoolSpecResources
 */
export interface KafkaNodePoolSpecResources {
    /**
     * @schema KafkaNodePoolSpecResources#claims
     */
    readonly claims?: KafkaNodePoolSpecResourcesClaims[];
    /**
     * @schema KafkaNodePoolSpecResources#limits
     */
    readonly limits?: {
        [key: string]: KafkaNodePoolSpecResourcesLimits;
    };
    /**
     * @schema KafkaNodePoolSpecResources#requests
     */
    readonly requests?: {
        [key: string]: KafkaNodePoolSpecResourcesRequests;
    };
}
/**
 * Converts an object of type 'KafkaNodePoolSpecResources' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecResources(obj: KafkaNodePoolSpecResources | undefined): Record<string, any> | undefined;
/**
 * JVM Options for pods.
 *
 * @schema KafkaNodePoolSpecJvmOptions
 */
export interface KafkaNodePoolSpecJvmOptions {
    /**
     * A map of -XX options to the JVM.
     *
     * @schema KafkaNodePoolSpecJvmOptions#-XX
     */
    readonly xx?: {
        [key: string]: string;
    };
    /**
     * -Xmx option to to the JVM.
     *
     * @schema KafkaNodePoolSpecJvmOptions#-Xmx
     */
    readonly xmx?: string;
    /**
     * -Xms option to to the JVM.
     *
     * @schema KafkaNodePoolSpecJvmOptions#-Xms
     */
    readonly xms?: string;
    /**
     * Specifies whether the Garbage Collection logging is enabled. The default is false.
     *
     * @schema KafkaNodePoolSpecJvmOptions#gcLoggingEnabled
     */
    readonly gcLoggingEnabled?: boolean;
    /**
     * A map of additional system properties which will be passed using the `-D` option to the JVM.
     *
     * @schema KafkaNodePoolSpecJvmOptions#javaSystemProperties
     */
    readonly javaSystemProperties?: KafkaNodePoolSpecJvmOptionsJavaSystemProperties[];
}
/**
 * Converts an object of type 'KafkaNodePoolSpecJvmOptions' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecJvmOptions(obj: KafkaNodePoolSpecJvmOptions | undefined): Record<string, any> | undefined;
/**
 * Template for pool resources. The template allows users to specify how the resources belonging to this pool are generated.
 *
 * @schema KafkaNodePoolSpecTemplate
 */
export interface KafkaNodePoolSpecTemplate {
    /**
     * Template for Kafka `StrimziPodSet` resource.
     *
     * @schema KafkaNodePoolSpecTemplate#podSet
     */
    readonly podSet?: KafkaNodePoolSpecTemplatePodSet;
    /**
     * Template for Kafka `Pods`.
     *
     * @schema KafkaNodePoolSpecTemplate#pod
     */
    readonly pod?: KafkaNodePoolSpecTemplatePod;
    /**
     * Template for Kafka per-pod `Services` used for access from outside of Kubernetes.
     *
     * @schema KafkaNodePoolSpecTemplate#perPodService
     */
    readonly perPodService?: KafkaNodePoolSpecTemplatePerPodService;
    /**
     * Template for Kafka per-pod `Routes` used for access from outside of OpenShift.
     *
     * @schema KafkaNodePoolSpecTemplate#perPodRoute
     */
    readonly perPodRoute?: KafkaNodePoolSpecTemplatePerPodRoute;
    /**
     * Template for Kafka per-pod `Ingress` used for access from outside of Kubernetes.
     *
     * @schema KafkaNodePoolSpecTemplate#perPodIngress
     */
    readonly perPodIngress?: KafkaNodePoolSpecTemplatePerPodIngress;
    /**
     * Template for all Kafka `PersistentVolumeClaims`.
     *
     * @schema KafkaNodePoolSpecTemplate#persistentVolumeClaim
     */
    readonly persistentVolumeClaim?: KafkaNodePoolSpecTemplatePersistentVolumeClaim;
    /**
     * Template for the Kafka broker container.
     *
     * @schema KafkaNodePoolSpecTemplate#kafkaContainer
     */
    readonly kafkaContainer?: KafkaNodePoolSpecTemplateKafkaContainer;
    /**
     * Template for the Kafka init container.
     *
     * @schema KafkaNodePoolSpecTemplate#initContainer
     */
    readonly initContainer?: KafkaNodePoolSpecTemplateInitContainer;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplate' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplate(obj: KafkaNodePoolSpecTemplate | undefined): Record<string, any> | undefined;
/**
 * Specifies whether this volume should be used for storing KRaft metadata. This property is optional. When set, the only currently supported value is `shared`. At most one volume can have this property set.
 *
 * @schema KafkaNodePoolSpecStorageKraftMetadata
 */
export declare enum KafkaNodePoolSpecStorageKraftMetadata {
    /** shared */
    SHARED = "shared"
}
/**
 * Storage type, must be either 'ephemeral', 'persistent-claim', or 'jbod'.
 *
 * @schema KafkaNodePoolSpecStorageType
 */
export declare enum KafkaNodePoolSpecStorageType {
    /** ephemeral */
    EPHEMERAL = "ephemeral",
    /** persistent-claim */
    PERSISTENT_HYPHEN_CLAIM = "persistent-claim",
    /** jbod */
    JBOD = "jbod"
}
/**
 * @schema KafkaNodePoolSpecStorageVolumes
 */
export interface KafkaNodePoolSpecStorageVolumes {
    /**
     * The storage class to use for dynamic volume allocation.
     *
     * @schema KafkaNodePoolSpecStorageVolumes#class
     */
    readonly class?: string;
    /**
     * Specifies whether the persistent volume claim is deleted when a Kafka node is deleted. Optional. Defaults to `false`.
     *
     * @default false`.
     * @schema KafkaNodePoolSpecStorageVolumes#deleteClaim
     */
    readonly deleteClaim?: boolean;
    /**
     * Storage identification number. Mandatory for storage volumes defined with a `jbod` storage type configuration.
     *
     * @schema KafkaNodePoolSpecStorageVolumes#id
     */
    readonly id?: number;
    /**
     * Specifies whether this volume should be used for storing KRaft metadata. This property is optional. When set, the only currently supported value is `shared`. At most one volume can have this property set.
     *
     * @schema KafkaNodePoolSpecStorageVolumes#kraftMetadata
     */
    readonly kraftMetadata?: KafkaNodePoolSpecStorageVolumesKraftMetadata;
    /**
     * Specifies a specific persistent volume to use. It contains key:value pairs representing labels for selecting such a volume.
     *
     * @schema KafkaNodePoolSpecStorageVolumes#selector
     */
    readonly selector?: {
        [key: string]: string;
    };
    /**
     * When `type=persistent-claim`, defines the size of the persistent volume claim, such as 100Gi. Mandatory when `type=persistent-claim`.
     *
     * @schema KafkaNodePoolSpecStorageVolumes#size
     */
    readonly size?: string;
    /**
     * When type=ephemeral, defines the total amount of local storage required for this EmptyDir volume (for example 1Gi).
     *
     * @schema KafkaNodePoolSpecStorageVolumes#sizeLimit
     */
    readonly sizeLimit?: string;
    /**
     * Storage type, must be either 'ephemeral' or 'persistent-claim'.
     *
     * @schema KafkaNodePoolSpecStorageVolumes#type
     */
    readonly type: KafkaNodePoolSpecStorageVolumesType;
    /**
     * Specifies `VolumeAttributeClass` name for dynamically configuring storage attributes.
     *
     * @schema KafkaNodePoolSpecStorageVolumes#volumeAttributesClass
     */
    readonly volumeAttributesClass?: string;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecStorageVolumes' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecStorageVolumes(obj: KafkaNodePoolSpecStorageVolumes | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecResourcesClaims
 */
export interface KafkaNodePoolSpecResourcesClaims {
    /**
     * @schema KafkaNodePoolSpecResourcesClaims#name
     */
    readonly name?: string;
    /**
     * @schema KafkaNodePoolSpecResourcesClaims#request
     */
    readonly request?: string;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecResourcesClaims' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecResourcesClaims(obj: KafkaNodePoolSpecResourcesClaims | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecResourcesLimits
 */
export declare class KafkaNodePoolSpecResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): KafkaNodePoolSpecResourcesLimits;
    static fromString(value: string): KafkaNodePoolSpecResourcesLimits;
    private constructor();
}
/**
 * @schema KafkaNodePoolSpecResourcesRequests
 */
export declare class KafkaNodePoolSpecResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): KafkaNodePoolSpecResourcesRequests;
    static fromString(value: string): KafkaNodePoolSpecResourcesRequests;
    private constructor();
}
/**
 * @schema KafkaNodePoolSpecJvmOptionsJavaSystemProperties
 */
export interface KafkaNodePoolSpecJvmOptionsJavaSystemProperties {
    /**
     * The system property name.
     *
     * @schema KafkaNodePoolSpecJvmOptionsJavaSystemProperties#name
     */
    readonly name?: string;
    /**
     * The system property value.
     *
     * @schema KafkaNodePoolSpecJvmOptionsJavaSystemProperties#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecJvmOptionsJavaSystemProperties' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecJvmOptionsJavaSystemProperties(obj: KafkaNodePoolSpecJvmOptionsJavaSystemProperties | undefined): Record<string, any> | undefined;
/**
 * Template for Kafka `StrimziPodSet` resource.
 *
 * @schema KafkaNodePoolSpecTemplatePodSet
 */
export interface KafkaNodePoolSpecTemplatePodSet {
    /**
     * Metadata applied to the resource.
     *
     * @schema KafkaNodePoolSpecTemplatePodSet#metadata
     */
    readonly metadata?: KafkaNodePoolSpecTemplatePodSetMetadata;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodSet' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodSet(obj: KafkaNodePoolSpecTemplatePodSet | undefined): Record<string, any> | undefined;
/**
 * Template for Kafka `Pods`.
 *
 * @schema KafkaNodePoolSpecTemplatePod
 */
export interface KafkaNodePoolSpecTemplatePod {
    /**
     * Metadata applied to the resource.
     *
     * @schema KafkaNodePoolSpecTemplatePod#metadata
     */
    readonly metadata?: KafkaNodePoolSpecTemplatePodMetadata;
    /**
     * List of references to secrets in the same namespace to use for pulling any of the images used by this Pod. When the `STRIMZI_IMAGE_PULL_SECRETS` environment variable in Cluster Operator and the `imagePullSecrets` option are specified, only the `imagePullSecrets` variable is used and the `STRIMZI_IMAGE_PULL_SECRETS` variable is ignored.
     *
     * @schema KafkaNodePoolSpecTemplatePod#imagePullSecrets
     */
    readonly imagePullSecrets?: KafkaNodePoolSpecTemplatePodImagePullSecrets[];
    /**
     * Configures pod-level security attributes and common container settings.
     *
     * @schema KafkaNodePoolSpecTemplatePod#securityContext
     */
    readonly securityContext?: KafkaNodePoolSpecTemplatePodSecurityContext;
    /**
     * The grace period is the duration in seconds after the processes running in the pod are sent a termination signal, and the time when the processes are forcibly halted with a kill signal. Set this value to longer than the expected cleanup time for your process. Value must be a non-negative integer. A zero value indicates delete immediately. You might need to increase the grace period for very large Kafka clusters, so that the Kafka brokers have enough time to transfer their work to another broker before they are terminated. Defaults to 30 seconds.
     *
     * @default 30 seconds.
     * @schema KafkaNodePoolSpecTemplatePod#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * The pod's affinity rules.
     *
     * @schema KafkaNodePoolSpecTemplatePod#affinity
     */
    readonly affinity?: KafkaNodePoolSpecTemplatePodAffinity;
    /**
     * The pod's tolerations.
     *
     * @schema KafkaNodePoolSpecTemplatePod#tolerations
     */
    readonly tolerations?: KafkaNodePoolSpecTemplatePodTolerations[];
    /**
     * The pod's topology spread constraints.
     *
     * @schema KafkaNodePoolSpecTemplatePod#topologySpreadConstraints
     */
    readonly topologySpreadConstraints?: KafkaNodePoolSpecTemplatePodTopologySpreadConstraints[];
    /**
     * The name of the priority class used to assign priority to the pods.
     *
     * @schema KafkaNodePoolSpecTemplatePod#priorityClassName
     */
    readonly priorityClassName?: string;
    /**
     * The name of the scheduler used to dispatch this `Pod`. If not specified, the default scheduler will be used.
     *
     * @schema KafkaNodePoolSpecTemplatePod#schedulerName
     */
    readonly schedulerName?: string;
    /**
     * The pod's HostAliases. HostAliases is an optional list of hosts and IPs that will be injected into the Pod's hosts file if specified.
     *
     * @schema KafkaNodePoolSpecTemplatePod#hostAliases
     */
    readonly hostAliases?: KafkaNodePoolSpecTemplatePodHostAliases[];
    /**
     * The pod's DNSPolicy. Defaults to `ClusterFirst`. Valid values are `ClusterFirstWithHostNet`, `ClusterFirst`, `Default` or `None`.
     *
     * @default ClusterFirst`. Valid values are `ClusterFirstWithHostNet`, `ClusterFirst`, `Default` or `None`.
     * @schema KafkaNodePoolSpecTemplatePod#dnsPolicy
     */
    readonly dnsPolicy?: KafkaNodePoolSpecTemplatePodDnsPolicy;
    /**
     * The pod's DNSConfig. If specified, it will be merged to the generated DNS configuration based on the DNSPolicy.
     *
     * @schema KafkaNodePoolSpecTemplatePod#dnsConfig
     */
    readonly dnsConfig?: KafkaNodePoolSpecTemplatePodDnsConfig;
    /**
     * Indicates whether information about services should be injected into Pod's environment variables.
     *
     * @schema KafkaNodePoolSpecTemplatePod#enableServiceLinks
     */
    readonly enableServiceLinks?: boolean;
    /**
     * Defines the total amount of pod memory allocated for the temporary `EmptyDir` volume `/tmp`. Specify the allocation in memory units, for example, `100Mi` for 100 mebibytes. Default value is `5Mi`. The `/tmp` volume is backed by pod memory, not disk storage, so avoid setting a high value as it consumes pod memory resources.
     *
     * @schema KafkaNodePoolSpecTemplatePod#tmpDirSizeLimit
     */
    readonly tmpDirSizeLimit?: string;
    /**
     * Additional volumes that can be mounted to the pod.
     *
     * @schema KafkaNodePoolSpecTemplatePod#volumes
     */
    readonly volumes?: KafkaNodePoolSpecTemplatePodVolumes[];
    /**
     * Additional volumes that can be mounted to the pod. These volumes can use templates to mount different volumes into individual Pods.
     *
     * @schema KafkaNodePoolSpecTemplatePod#templatedVolumes
     */
    readonly templatedVolumes?: KafkaNodePoolSpecTemplatePodTemplatedVolumes[];
    /**
     * Use the host user namespace. Optional. Defaults to `true`. When `true` or not set, the pod runs in the host user namespace. This is required when the pod needs features available only in the host namespace, such as loading kernel modules with `CAP_SYS_MODULE`.When set to `false`, the pod runs in a new user namespace. Setting `false` helps mitigate container breakout vulnerabilities and allows containers to run as `root` without granting `root` privileges on the host. This property is alpha-level in Kubernetes and is supported only by Kubernetes clusters that enable the `UserNamespacesSupport` feature.
     *
     * @default true`. When `true` or not set, the pod runs in the host user namespace. This is required when the pod needs features available only in the host namespace, such as loading kernel modules with `CAP_SYS_MODULE`.When set to `false`, the pod runs in a new user namespace. Setting `false` helps mitigate container breakout vulnerabilities and allows containers to run as `root` without granting `root` privileges on the host. This property is alpha-level in Kubernetes and is supported only by Kubernetes clusters that enable the `UserNamespacesSupport` feature.
     * @schema KafkaNodePoolSpecTemplatePod#hostUsers
     */
    readonly hostUsers?: boolean;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePod' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePod(obj: KafkaNodePoolSpecTemplatePod | undefined): Record<string, any> | undefined;
/**
 * Template for Kafka per-pod `Services` used for access from outside of Kubernetes.
 *
 * @schema KafkaNodePoolSpecTemplatePerPodService
 */
export interface KafkaNodePoolSpecTemplatePerPodService {
    /**
     * Metadata applied to the resource.
     *
     * @schema KafkaNodePoolSpecTemplatePerPodService#metadata
     */
    readonly metadata?: KafkaNodePoolSpecTemplatePerPodServiceMetadata;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePerPodService' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePerPodService(obj: KafkaNodePoolSpecTemplatePerPodService | undefined): Record<string, any> | undefined;
/**
 * Template for Kafka per-pod `Routes` used for access from outside of OpenShift.
 *
 * @schema KafkaNodePoolSpecTemplatePerPodRoute
 */
export interface KafkaNodePoolSpecTemplatePerPodRoute {
    /**
     * Metadata applied to the resource.
     *
     * @schema KafkaNodePoolSpecTemplatePerPodRoute#metadata
     */
    readonly metadata?: KafkaNodePoolSpecTemplatePerPodRouteMetadata;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePerPodRoute' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePerPodRoute(obj: KafkaNodePoolSpecTemplatePerPodRoute | undefined): Record<string, any> | undefined;
/**
 * Template for Kafka per-pod `Ingress` used for access from outside of Kubernetes.
 *
 * @schema KafkaNodePoolSpecTemplatePerPodIngress
 */
export interface KafkaNodePoolSpecTemplatePerPodIngress {
    /**
     * Metadata applied to the resource.
     *
     * @schema KafkaNodePoolSpecTemplatePerPodIngress#metadata
     */
    readonly metadata?: KafkaNodePoolSpecTemplatePerPodIngressMetadata;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePerPodIngress' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePerPodIngress(obj: KafkaNodePoolSpecTemplatePerPodIngress | undefined): Record<string, any> | undefined;
/**
 * Template for all Kafka `PersistentVolumeClaims`.
 *
 * @schema KafkaNodePoolSpecTemplatePersistentVolumeClaim
 */
export interface KafkaNodePoolSpecTemplatePersistentVolumeClaim {
    /**
     * Metadata applied to the resource.
     *
     * @schema KafkaNodePoolSpecTemplatePersistentVolumeClaim#metadata
     */
    readonly metadata?: KafkaNodePoolSpecTemplatePersistentVolumeClaimMetadata;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePersistentVolumeClaim' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePersistentVolumeClaim(obj: KafkaNodePoolSpecTemplatePersistentVolumeClaim | undefined): Record<string, any> | undefined;
/**
 * Template for the Kafka broker container.
 *
 * @schema KafkaNodePoolSpecTemplateKafkaContainer
 */
export interface KafkaNodePoolSpecTemplateKafkaContainer {
    /**
     * Environment variables which should be applied to the container.
     *
     * @schema KafkaNodePoolSpecTemplateKafkaContainer#env
     */
    readonly env?: KafkaNodePoolSpecTemplateKafkaContainerEnv[];
    /**
     * Security context for the container.
     *
     * @schema KafkaNodePoolSpecTemplateKafkaContainer#securityContext
     */
    readonly securityContext?: KafkaNodePoolSpecTemplateKafkaContainerSecurityContext;
    /**
     * Additional volume mounts which should be applied to the container.
     *
     * @schema KafkaNodePoolSpecTemplateKafkaContainer#volumeMounts
     */
    readonly volumeMounts?: KafkaNodePoolSpecTemplateKafkaContainerVolumeMounts[];
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplateKafkaContainer' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplateKafkaContainer(obj: KafkaNodePoolSpecTemplateKafkaContainer | undefined): Record<string, any> | undefined;
/**
 * Template for the Kafka init container.
 *
 * @schema KafkaNodePoolSpecTemplateInitContainer
 */
export interface KafkaNodePoolSpecTemplateInitContainer {
    /**
     * Environment variables which should be applied to the container.
     *
     * @schema KafkaNodePoolSpecTemplateInitContainer#env
     */
    readonly env?: KafkaNodePoolSpecTemplateInitContainerEnv[];
    /**
     * Security context for the container.
     *
     * @schema KafkaNodePoolSpecTemplateInitContainer#securityContext
     */
    readonly securityContext?: KafkaNodePoolSpecTemplateInitContainerSecurityContext;
    /**
     * Additional volume mounts which should be applied to the container.
     *
     * @schema KafkaNodePoolSpecTemplateInitContainer#volumeMounts
     */
    readonly volumeMounts?: KafkaNodePoolSpecTemplateInitContainerVolumeMounts[];
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplateInitContainer' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplateInitContainer(obj: KafkaNodePoolSpecTemplateInitContainer | undefined): Record<string, any> | undefined;
/**
 * Specifies whether this volume should be used for storing KRaft metadata. This property is optional. When set, the only currently supported value is `shared`. At most one volume can have this property set.
 *
 * @schema KafkaNodePoolSpecStorageVolumesKraftMetadata
 */
export declare enum KafkaNodePoolSpecStorageVolumesKraftMetadata {
    /** shared */
    SHARED = "shared"
}
/**
 * Storage type, must be either 'ephemeral' or 'persistent-claim'.
 *
 * @schema KafkaNodePoolSpecStorageVolumesType
 */
export declare enum KafkaNodePoolSpecStorageVolumesType {
    /** ephemeral */
    EPHEMERAL = "ephemeral",
    /** persistent-claim */
    PERSISTENT_HYPHEN_CLAIM = "persistent-claim"
}
/**
 * Metadata applied to the resource.
 *
 * @schema KafkaNodePoolSpecTemplatePodSetMetadata
 */
export interface KafkaNodePoolSpecTemplatePodSetMetadata {
    /**
     * Labels added to the Kubernetes resource.
     *
     * @schema KafkaNodePoolSpecTemplatePodSetMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * Annotations added to the Kubernetes resource.
     *
     * @schema KafkaNodePoolSpecTemplatePodSetMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodSetMetadata' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodSetMetadata(obj: KafkaNodePoolSpecTemplatePodSetMetadata | undefined): Record<string, any> | undefined;
/**
 * Metadata applied to the resource.
 *
 * @schema KafkaNodePoolSpecTemplatePodMetadata
 */
export interface KafkaNodePoolSpecTemplatePodMetadata {
    /**
     * Labels added to the Kubernetes resource.
     *
     * @schema KafkaNodePoolSpecTemplatePodMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * Annotations added to the Kubernetes resource.
     *
     * @schema KafkaNodePoolSpecTemplatePodMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodMetadata' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodMetadata(obj: KafkaNodePoolSpecTemplatePodMetadata | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodImagePullSecrets
 */
export interface KafkaNodePoolSpecTemplatePodImagePullSecrets {
    /**
     * @schema KafkaNodePoolSpecTemplatePodImagePullSecrets#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodImagePullSecrets' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodImagePullSecrets(obj: KafkaNodePoolSpecTemplatePodImagePullSecrets | undefined): Record<string, any> | undefined;
/**
 * Configures pod-level security attributes and common container settings.
 *
 * @schema KafkaNodePoolSpecTemplatePodSecurityContext
 */
export interface KafkaNodePoolSpecTemplatePodSecurityContext {
    /**
     * @schema KafkaNodePoolSpecTemplatePodSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: KafkaNodePoolSpecTemplatePodSecurityContextAppArmorProfile;
    /**
     * @schema KafkaNodePoolSpecTemplatePodSecurityContext#fsGroup
     */
    readonly fsGroup?: number;
    /**
     * @schema KafkaNodePoolSpecTemplatePodSecurityContext#fsGroupChangePolicy
     */
    readonly fsGroupChangePolicy?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * @schema KafkaNodePoolSpecTemplatePodSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * @schema KafkaNodePoolSpecTemplatePodSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * @schema KafkaNodePoolSpecTemplatePodSecurityContext#seLinuxChangePolicy
     */
    readonly seLinuxChangePolicy?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: KafkaNodePoolSpecTemplatePodSecurityContextSeLinuxOptions;
    /**
     * @schema KafkaNodePoolSpecTemplatePodSecurityContext#seccompProfile
     */
    readonly seccompProfile?: KafkaNodePoolSpecTemplatePodSecurityContextSeccompProfile;
    /**
     * @schema KafkaNodePoolSpecTemplatePodSecurityContext#supplementalGroups
     */
    readonly supplementalGroups?: number[];
    /**
     * @schema KafkaNodePoolSpecTemplatePodSecurityContext#supplementalGroupsPolicy
     */
    readonly supplementalGroupsPolicy?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodSecurityContext#sysctls
     */
    readonly sysctls?: KafkaNodePoolSpecTemplatePodSecurityContextSysctls[];
    /**
     * @schema KafkaNodePoolSpecTemplatePodSecurityContext#windowsOptions
     */
    readonly windowsOptions?: KafkaNodePoolSpecTemplatePodSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodSecurityContext' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodSecurityContext(obj: KafkaNodePoolSpecTemplatePodSecurityContext | undefined): Record<string, any> | undefined;
/**
 * The pod's affinity rules.
 *
 * @schema KafkaNodePoolSpecTemplatePodAffinity
 */
export interface KafkaNodePoolSpecTemplatePodAffinity {
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinity#nodeAffinity
     */
    readonly nodeAffinity?: KafkaNodePoolSpecTemplatePodAffinityNodeAffinity;
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinity#podAffinity
     */
    readonly podAffinity?: KafkaNodePoolSpecTemplatePodAffinityPodAffinity;
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinity#podAntiAffinity
     */
    readonly podAntiAffinity?: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinity;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinity' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodAffinity(obj: KafkaNodePoolSpecTemplatePodAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodTolerations
 */
export interface KafkaNodePoolSpecTemplatePodTolerations {
    /**
     * @schema KafkaNodePoolSpecTemplatePodTolerations#effect
     */
    readonly effect?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodTolerations#key
     */
    readonly key?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodTolerations#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodTolerations#tolerationSeconds
     */
    readonly tolerationSeconds?: number;
    /**
     * @schema KafkaNodePoolSpecTemplatePodTolerations#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodTolerations' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodTolerations(obj: KafkaNodePoolSpecTemplatePodTolerations | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodTopologySpreadConstraints
 */
export interface KafkaNodePoolSpecTemplatePodTopologySpreadConstraints {
    /**
     * @schema KafkaNodePoolSpecTemplatePodTopologySpreadConstraints#labelSelector
     */
    readonly labelSelector?: KafkaNodePoolSpecTemplatePodTopologySpreadConstraintsLabelSelector;
    /**
     * @schema KafkaNodePoolSpecTemplatePodTopologySpreadConstraints#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema KafkaNodePoolSpecTemplatePodTopologySpreadConstraints#maxSkew
     */
    readonly maxSkew?: number;
    /**
     * @schema KafkaNodePoolSpecTemplatePodTopologySpreadConstraints#minDomains
     */
    readonly minDomains?: number;
    /**
     * @schema KafkaNodePoolSpecTemplatePodTopologySpreadConstraints#nodeAffinityPolicy
     */
    readonly nodeAffinityPolicy?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodTopologySpreadConstraints#nodeTaintsPolicy
     */
    readonly nodeTaintsPolicy?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodTopologySpreadConstraints#topologyKey
     */
    readonly topologyKey?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodTopologySpreadConstraints#whenUnsatisfiable
     */
    readonly whenUnsatisfiable?: string;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodTopologySpreadConstraints' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodTopologySpreadConstraints(obj: KafkaNodePoolSpecTemplatePodTopologySpreadConstraints | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodHostAliases
 */
export interface KafkaNodePoolSpecTemplatePodHostAliases {
    /**
     * @schema KafkaNodePoolSpecTemplatePodHostAliases#hostnames
     */
    readonly hostnames?: string[];
    /**
     * @schema KafkaNodePoolSpecTemplatePodHostAliases#ip
     */
    readonly ip?: string;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodHostAliases' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodHostAliases(obj: KafkaNodePoolSpecTemplatePodHostAliases | undefined): Record<string, any> | undefined;
/**
 * The pod's DNSPolicy. Defaults to `ClusterFirst`. Valid values are `ClusterFirstWithHostNet`, `ClusterFirst`, `Default` or `None`.
 *
 * @default ClusterFirst`. Valid values are `ClusterFirstWithHostNet`, `ClusterFirst`, `Default` or `None`.
 * @schema KafkaNodePoolSpecTemplatePodDnsPolicy
 */
export declare enum KafkaNodePoolSpecTemplatePodDnsPolicy {
    /** ClusterFirst */
    CLUSTER_FIRST = "ClusterFirst",
    /** ClusterFirstWithHostNet */
    CLUSTER_FIRST_WITH_HOST_NET = "ClusterFirstWithHostNet",
    /** Default */
    DEFAULT = "Default",
    /** None */
    NONE = "None"
}
/**
 * The pod's DNSConfig. If specified, it will be merged to the generated DNS configuration based on the DNSPolicy.
 *
 * @schema KafkaNodePoolSpecTemplatePodDnsConfig
 */
export interface KafkaNodePoolSpecTemplatePodDnsConfig {
    /**
     * @schema KafkaNodePoolSpecTemplatePodDnsConfig#nameservers
     */
    readonly nameservers?: string[];
    /**
     * @schema KafkaNodePoolSpecTemplatePodDnsConfig#options
     */
    readonly options?: KafkaNodePoolSpecTemplatePodDnsConfigOptions[];
    /**
     * @schema KafkaNodePoolSpecTemplatePodDnsConfig#searches
     */
    readonly searches?: string[];
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodDnsConfig' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodDnsConfig(obj: KafkaNodePoolSpecTemplatePodDnsConfig | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodVolumes
 */
export interface KafkaNodePoolSpecTemplatePodVolumes {
    /**
     * Name to use for the volume. Required.
     *
     * @schema KafkaNodePoolSpecTemplatePodVolumes#name
     */
    readonly name?: string;
    /**
     * `Secret` to use to populate the volume.
     *
     * @schema KafkaNodePoolSpecTemplatePodVolumes#secret
     */
    readonly secret?: KafkaNodePoolSpecTemplatePodVolumesSecret;
    /**
     * `ConfigMap` to use to populate the volume.
     *
     * @schema KafkaNodePoolSpecTemplatePodVolumes#configMap
     */
    readonly configMap?: KafkaNodePoolSpecTemplatePodVolumesConfigMap;
    /**
     * `EmptyDir` to use to populate the volume.
     *
     * @schema KafkaNodePoolSpecTemplatePodVolumes#emptyDir
     */
    readonly emptyDir?: KafkaNodePoolSpecTemplatePodVolumesEmptyDir;
    /**
     * `PersistentVolumeClaim` object to use to populate the volume.
     *
     * @schema KafkaNodePoolSpecTemplatePodVolumes#persistentVolumeClaim
     */
    readonly persistentVolumeClaim?: KafkaNodePoolSpecTemplatePodVolumesPersistentVolumeClaim;
    /**
     * `CSIVolumeSource` object to use to populate the volume.
     *
     * @schema KafkaNodePoolSpecTemplatePodVolumes#csi
     */
    readonly csi?: KafkaNodePoolSpecTemplatePodVolumesCsi;
    /**
     * `ImageVolumeSource` object to use to populate the volume.
     *
     * @schema KafkaNodePoolSpecTemplatePodVolumes#image
     */
    readonly image?: KafkaNodePoolSpecTemplatePodVolumesImage;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodVolumes' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodVolumes(obj: KafkaNodePoolSpecTemplatePodVolumes | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodTemplatedVolumes
 */
export interface KafkaNodePoolSpecTemplatePodTemplatedVolumes {
    /**
     * Name to use for the volume. Required.
     *
     * @schema KafkaNodePoolSpecTemplatePodTemplatedVolumes#name
     */
    readonly name?: string;
    /**
     * `Secret` to use to populate the volume. The name of the Secret and the items key and path fields can use placeholders that would be replaced for every individual node. Valid placeholders that you can use in the template are `{nodeId}` and `{nodePodName}`.
     *
     * @schema KafkaNodePoolSpecTemplatePodTemplatedVolumes#secret
     */
    readonly secret?: KafkaNodePoolSpecTemplatePodTemplatedVolumesSecret;
    /**
     * `ConfigMap` to use to populate the volume. The name of the ConfigMap and the items key and path fields can use placeholders that would be replaced for every individual node. Valid placeholders that you can use in the template are `{nodeId}` and `{nodePodName}`.
     *
     * @schema KafkaNodePoolSpecTemplatePodTemplatedVolumes#configMap
     */
    readonly configMap?: KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMap;
    /**
     * `PersistentVolumeClaim` object to use to populate the volume. The name of the Persistent Volume Claim can use placeholders that would be replaced for every individual node. Valid placeholders that you can use in the template are `{nodeId}` and `{nodePodName}`.
     *
     * @schema KafkaNodePoolSpecTemplatePodTemplatedVolumes#persistentVolumeClaim
     */
    readonly persistentVolumeClaim?: KafkaNodePoolSpecTemplatePodTemplatedVolumesPersistentVolumeClaim;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodTemplatedVolumes' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodTemplatedVolumes(obj: KafkaNodePoolSpecTemplatePodTemplatedVolumes | undefined): Record<string, any> | undefined;
/**
 * Metadata applied to the resource.
 *
 * @schema KafkaNodePoolSpecTemplatePerPodServiceMetadata
 */
export interface KafkaNodePoolSpecTemplatePerPodServiceMetadata {
    /**
     * Labels added to the Kubernetes resource.
     *
     * @schema KafkaNodePoolSpecTemplatePerPodServiceMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * Annotations added to the Kubernetes resource.
     *
     * @schema KafkaNodePoolSpecTemplatePerPodServiceMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePerPodServiceMetadata' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePerPodServiceMetadata(obj: KafkaNodePoolSpecTemplatePerPodServiceMetadata | undefined): Record<string, any> | undefined;
/**
 * Metadata applied to the resource.
 *
 * @schema KafkaNodePoolSpecTemplatePerPodRouteMetadata
 */
export interface KafkaNodePoolSpecTemplatePerPodRouteMetadata {
    /**
     * Labels added to the Kubernetes resource.
     *
     * @schema KafkaNodePoolSpecTemplatePerPodRouteMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * Annotations added to the Kubernetes resource.
     *
     * @schema KafkaNodePoolSpecTemplatePerPodRouteMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePerPodRouteMetadata' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePerPodRouteMetadata(obj: KafkaNodePoolSpecTemplatePerPodRouteMetadata | undefined): Record<string, any> | undefined;
/**
 * Metadata applied to the resource.
 *
 * @schema KafkaNodePoolSpecTemplatePerPodIngressMetadata
 */
export interface KafkaNodePoolSpecTemplatePerPodIngressMetadata {
    /**
     * Labels added to the Kubernetes resource.
     *
     * @schema KafkaNodePoolSpecTemplatePerPodIngressMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * Annotations added to the Kubernetes resource.
     *
     * @schema KafkaNodePoolSpecTemplatePerPodIngressMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePerPodIngressMetadata' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePerPodIngressMetadata(obj: KafkaNodePoolSpecTemplatePerPodIngressMetadata | undefined): Record<string, any> | undefined;
/**
 * Metadata applied to the resource.
 *
 * @schema KafkaNodePoolSpecTemplatePersistentVolumeClaimMetadata
 */
export interface KafkaNodePoolSpecTemplatePersistentVolumeClaimMetadata {
    /**
     * Labels added to the Kubernetes resource.
     *
     * @schema KafkaNodePoolSpecTemplatePersistentVolumeClaimMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * Annotations added to the Kubernetes resource.
     *
     * @schema KafkaNodePoolSpecTemplatePersistentVolumeClaimMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePersistentVolumeClaimMetadata' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePersistentVolumeClaimMetadata(obj: KafkaNodePoolSpecTemplatePersistentVolumeClaimMetadata | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplateKafkaContainerEnv
 */
export interface KafkaNodePoolSpecTemplateKafkaContainerEnv {
    /**
     * The environment variable key.
     *
     * @schema KafkaNodePoolSpecTemplateKafkaContainerEnv#name
     */
    readonly name?: string;
    /**
     * The environment variable value.
     *
     * @schema KafkaNodePoolSpecTemplateKafkaContainerEnv#value
     */
    readonly value?: string;
    /**
     * Reference to the secret or config map property to which the environment variable is set.
     *
     * @schema KafkaNodePoolSpecTemplateKafkaContainerEnv#valueFrom
     */
    readonly valueFrom?: KafkaNodePoolSpecTemplateKafkaContainerEnvValueFrom;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplateKafkaContainerEnv' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplateKafkaContainerEnv(obj: KafkaNodePoolSpecTemplateKafkaContainerEnv | undefined): Record<string, any> | undefined;
/**
 * Security context for the container.
 *
 * @schema KafkaNodePoolSpecTemplateKafkaContainerSecurityContext
 */
export interface KafkaNodePoolSpecTemplateKafkaContainerSecurityContext {
    /**
     * @schema KafkaNodePoolSpecTemplateKafkaContainerSecurityContext#allowPrivilegeEscalation
     */
    readonly allowPrivilegeEscalation?: boolean;
    /**
     * @schema KafkaNodePoolSpecTemplateKafkaContainerSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: KafkaNodePoolSpecTemplateKafkaContainerSecurityContextAppArmorProfile;
    /**
     * @schema KafkaNodePoolSpecTemplateKafkaContainerSecurityContext#capabilities
     */
    readonly capabilities?: KafkaNodePoolSpecTemplateKafkaContainerSecurityContextCapabilities;
    /**
     * @schema KafkaNodePoolSpecTemplateKafkaContainerSecurityContext#privileged
     */
    readonly privileged?: boolean;
    /**
     * @schema KafkaNodePoolSpecTemplateKafkaContainerSecurityContext#procMount
     */
    readonly procMount?: string;
    /**
     * @schema KafkaNodePoolSpecTemplateKafkaContainerSecurityContext#readOnlyRootFilesystem
     */
    readonly readOnlyRootFilesystem?: boolean;
    /**
     * @schema KafkaNodePoolSpecTemplateKafkaContainerSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * @schema KafkaNodePoolSpecTemplateKafkaContainerSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * @schema KafkaNodePoolSpecTemplateKafkaContainerSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * @schema KafkaNodePoolSpecTemplateKafkaContainerSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: KafkaNodePoolSpecTemplateKafkaContainerSecurityContextSeLinuxOptions;
    /**
     * @schema KafkaNodePoolSpecTemplateKafkaContainerSecurityContext#seccompProfile
     */
    readonly seccompProfile?: KafkaNodePoolSpecTemplateKafkaContainerSecurityContextSeccompProfile;
    /**
     * @schema KafkaNodePoolSpecTemplateKafkaContainerSecurityContext#windowsOptions
     */
    readonly windowsOptions?: KafkaNodePoolSpecTemplateKafkaContainerSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplateKafkaContainerSecurityContext' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplateKafkaContainerSecurityContext(obj: KafkaNodePoolSpecTemplateKafkaContainerSecurityContext | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplateKafkaContainerVolumeMounts
 */
export interface KafkaNodePoolSpecTemplateKafkaContainerVolumeMounts {
    /**
     * @schema KafkaNodePoolSpecTemplateKafkaContainerVolumeMounts#mountPath
     */
    readonly mountPath?: string;
    /**
     * @schema KafkaNodePoolSpecTemplateKafkaContainerVolumeMounts#mountPropagation
     */
    readonly mountPropagation?: string;
    /**
     * @schema KafkaNodePoolSpecTemplateKafkaContainerVolumeMounts#name
     */
    readonly name?: string;
    /**
     * @schema KafkaNodePoolSpecTemplateKafkaContainerVolumeMounts#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema KafkaNodePoolSpecTemplateKafkaContainerVolumeMounts#recursiveReadOnly
     */
    readonly recursiveReadOnly?: string;
    /**
     * @schema KafkaNodePoolSpecTemplateKafkaContainerVolumeMounts#subPath
     */
    readonly subPath?: string;
    /**
     * @schema KafkaNodePoolSpecTemplateKafkaContainerVolumeMounts#subPathExpr
     */
    readonly subPathExpr?: string;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplateKafkaContainerVolumeMounts' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplateKafkaContainerVolumeMounts(obj: KafkaNodePoolSpecTemplateKafkaContainerVolumeMounts | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplateInitContainerEnv
 */
export interface KafkaNodePoolSpecTemplateInitContainerEnv {
    /**
     * The environment variable key.
     *
     * @schema KafkaNodePoolSpecTemplateInitContainerEnv#name
     */
    readonly name?: string;
    /**
     * The environment variable value.
     *
     * @schema KafkaNodePoolSpecTemplateInitContainerEnv#value
     */
    readonly value?: string;
    /**
     * Reference to the secret or config map property to which the environment variable is set.
     *
     * @schema KafkaNodePoolSpecTemplateInitContainerEnv#valueFrom
     */
    readonly valueFrom?: KafkaNodePoolSpecTemplateInitContainerEnvValueFrom;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplateInitContainerEnv' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplateInitContainerEnv(obj: KafkaNodePoolSpecTemplateInitContainerEnv | undefined): Record<string, any> | undefined;
/**
 * Security context for the container.
 *
 * @schema KafkaNodePoolSpecTemplateInitContainerSecurityContext
 */
export interface KafkaNodePoolSpecTemplateInitContainerSecurityContext {
    /**
     * @schema KafkaNodePoolSpecTemplateInitContainerSecurityContext#allowPrivilegeEscalation
     */
    readonly allowPrivilegeEscalation?: boolean;
    /**
     * @schema KafkaNodePoolSpecTemplateInitContainerSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: KafkaNodePoolSpecTemplateInitContainerSecurityContextAppArmorProfile;
    /**
     * @schema KafkaNodePoolSpecTemplateInitContainerSecurityContext#capabilities
     */
    readonly capabilities?: KafkaNodePoolSpecTemplateInitContainerSecurityContextCapabilities;
    /**
     * @schema KafkaNodePoolSpecTemplateInitContainerSecurityContext#privileged
     */
    readonly privileged?: boolean;
    /**
     * @schema KafkaNodePoolSpecTemplateInitContainerSecurityContext#procMount
     */
    readonly procMount?: string;
    /**
     * @schema KafkaNodePoolSpecTemplateInitContainerSecurityContext#readOnlyRootFilesystem
     */
    readonly readOnlyRootFilesystem?: boolean;
    /**
     * @schema KafkaNodePoolSpecTemplateInitContainerSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * @schema KafkaNodePoolSpecTemplateInitContainerSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * @schema KafkaNodePoolSpecTemplateInitContainerSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * @schema KafkaNodePoolSpecTemplateInitContainerSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: KafkaNodePoolSpecTemplateInitContainerSecurityContextSeLinuxOptions;
    /**
     * @schema KafkaNodePoolSpecTemplateInitContainerSecurityContext#seccompProfile
     */
    readonly seccompProfile?: KafkaNodePoolSpecTemplateInitContainerSecurityContextSeccompProfile;
    /**
     * @schema KafkaNodePoolSpecTemplateInitContainerSecurityContext#windowsOptions
     */
    readonly windowsOptions?: KafkaNodePoolSpecTemplateInitContainerSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplateInitContainerSecurityContext' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplateInitContainerSecurityContext(obj: KafkaNodePoolSpecTemplateInitContainerSecurityContext | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplateInitContainerVolumeMounts
 */
export interface KafkaNodePoolSpecTemplateInitContainerVolumeMounts {
    /**
     * @schema KafkaNodePoolSpecTemplateInitContainerVolumeMounts#mountPath
     */
    readonly mountPath?: string;
    /**
     * @schema KafkaNodePoolSpecTemplateInitContainerVolumeMounts#mountPropagation
     */
    readonly mountPropagation?: string;
    /**
     * @schema KafkaNodePoolSpecTemplateInitContainerVolumeMounts#name
     */
    readonly name?: string;
    /**
     * @schema KafkaNodePoolSpecTemplateInitContainerVolumeMounts#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema KafkaNodePoolSpecTemplateInitContainerVolumeMounts#recursiveReadOnly
     */
    readonly recursiveReadOnly?: string;
    /**
     * @schema KafkaNodePoolSpecTemplateInitContainerVolumeMounts#subPath
     */
    readonly subPath?: string;
    /**
     * @schema KafkaNodePoolSpecTemplateInitContainerVolumeMounts#subPathExpr
     */
    readonly subPathExpr?: string;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplateInitContainerVolumeMounts' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplateInitContainerVolumeMounts(obj: KafkaNodePoolSpecTemplateInitContainerVolumeMounts | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodSecurityContextAppArmorProfile
 */
export interface KafkaNodePoolSpecTemplatePodSecurityContextAppArmorProfile {
    /**
     * @schema KafkaNodePoolSpecTemplatePodSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodSecurityContextAppArmorProfile#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodSecurityContextAppArmorProfile(obj: KafkaNodePoolSpecTemplatePodSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodSecurityContextSeLinuxOptions
 */
export interface KafkaNodePoolSpecTemplatePodSecurityContextSeLinuxOptions {
    /**
     * @schema KafkaNodePoolSpecTemplatePodSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodSecurityContextSeLinuxOptions(obj: KafkaNodePoolSpecTemplatePodSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodSecurityContextSeccompProfile
 */
export interface KafkaNodePoolSpecTemplatePodSecurityContextSeccompProfile {
    /**
     * @schema KafkaNodePoolSpecTemplatePodSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodSecurityContextSeccompProfile#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodSecurityContextSeccompProfile(obj: KafkaNodePoolSpecTemplatePodSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodSecurityContextSysctls
 */
export interface KafkaNodePoolSpecTemplatePodSecurityContextSysctls {
    /**
     * @schema KafkaNodePoolSpecTemplatePodSecurityContextSysctls#name
     */
    readonly name?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodSecurityContextSysctls#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodSecurityContextSysctls' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodSecurityContextSysctls(obj: KafkaNodePoolSpecTemplatePodSecurityContextSysctls | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodSecurityContextWindowsOptions
 */
export interface KafkaNodePoolSpecTemplatePodSecurityContextWindowsOptions {
    /**
     * @schema KafkaNodePoolSpecTemplatePodSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * @schema KafkaNodePoolSpecTemplatePodSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodSecurityContextWindowsOptions(obj: KafkaNodePoolSpecTemplatePodSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodAffinityNodeAffinity
 */
export interface KafkaNodePoolSpecTemplatePodAffinityNodeAffinity {
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityNodeAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityNodeAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityNodeAffinity' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinity(obj: KafkaNodePoolSpecTemplatePodAffinityNodeAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinity
 */
export interface KafkaNodePoolSpecTemplatePodAffinityPodAffinity {
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution[];
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityPodAffinity' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinity(obj: KafkaNodePoolSpecTemplatePodAffinityPodAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinity
 */
export interface KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinity {
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution[];
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinity' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinity(obj: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodTopologySpreadConstraintsLabelSelector
 */
export interface KafkaNodePoolSpecTemplatePodTopologySpreadConstraintsLabelSelector {
    /**
     * @schema KafkaNodePoolSpecTemplatePodTopologySpreadConstraintsLabelSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaNodePoolSpecTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions[];
    /**
     * @schema KafkaNodePoolSpecTemplatePodTopologySpreadConstraintsLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodTopologySpreadConstraintsLabelSelector' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodTopologySpreadConstraintsLabelSelector(obj: KafkaNodePoolSpecTemplatePodTopologySpreadConstraintsLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodDnsConfigOptions
 */
export interface KafkaNodePoolSpecTemplatePodDnsConfigOptions {
    /**
     * @schema KafkaNodePoolSpecTemplatePodDnsConfigOptions#name
     */
    readonly name?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodDnsConfigOptions#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodDnsConfigOptions' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodDnsConfigOptions(obj: KafkaNodePoolSpecTemplatePodDnsConfigOptions | undefined): Record<string, any> | undefined;
/**
 * `Secret` to use to populate the volume.
 *
 * @schema KafkaNodePoolSpecTemplatePodVolumesSecret
 */
export interface KafkaNodePoolSpecTemplatePodVolumesSecret {
    /**
     * @schema KafkaNodePoolSpecTemplatePodVolumesSecret#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * @schema KafkaNodePoolSpecTemplatePodVolumesSecret#items
     */
    readonly items?: KafkaNodePoolSpecTemplatePodVolumesSecretItems[];
    /**
     * @schema KafkaNodePoolSpecTemplatePodVolumesSecret#optional
     */
    readonly optional?: boolean;
    /**
     * @schema KafkaNodePoolSpecTemplatePodVolumesSecret#secretName
     */
    readonly secretName?: string;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodVolumesSecret' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodVolumesSecret(obj: KafkaNodePoolSpecTemplatePodVolumesSecret | undefined): Record<string, any> | undefined;
/**
 * `ConfigMap` to use to populate the volume.
 *
 * @schema KafkaNodePoolSpecTemplatePodVolumesConfigMap
 */
export interface KafkaNodePoolSpecTemplatePodVolumesConfigMap {
    /**
     * @schema KafkaNodePoolSpecTemplatePodVolumesConfigMap#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * @schema KafkaNodePoolSpecTemplatePodVolumesConfigMap#items
     */
    readonly items?: KafkaNodePoolSpecTemplatePodVolumesConfigMapItems[];
    /**
     * @schema KafkaNodePoolSpecTemplatePodVolumesConfigMap#name
     */
    readonly name?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodVolumesConfigMap#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodVolumesConfigMap' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodVolumesConfigMap(obj: KafkaNodePoolSpecTemplatePodVolumesConfigMap | undefined): Record<string, any> | undefined;
/**
 * `EmptyDir` to use to populate the volume.
 *
 * @schema KafkaNodePoolSpecTemplatePodVolumesEmptyDir
 */
export interface KafkaNodePoolSpecTemplatePodVolumesEmptyDir {
    /**
     * Medium represents the type of storage medium should back this volume. Valid values are unset or `Memory`. When not set, it will use the node's default medium.
     *
     * @schema KafkaNodePoolSpecTemplatePodVolumesEmptyDir#medium
     */
    readonly medium?: KafkaNodePoolSpecTemplatePodVolumesEmptyDirMedium;
    /**
     * The total amount of local storage required for this EmptyDir volume (for example 1Gi).
     *
     * @schema KafkaNodePoolSpecTemplatePodVolumesEmptyDir#sizeLimit
     */
    readonly sizeLimit?: string;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodVolumesEmptyDir' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodVolumesEmptyDir(obj: KafkaNodePoolSpecTemplatePodVolumesEmptyDir | undefined): Record<string, any> | undefined;
/**
 * `PersistentVolumeClaim` object to use to populate the volume.
 *
 * @schema KafkaNodePoolSpecTemplatePodVolumesPersistentVolumeClaim
 */
export interface KafkaNodePoolSpecTemplatePodVolumesPersistentVolumeClaim {
    /**
     * @schema KafkaNodePoolSpecTemplatePodVolumesPersistentVolumeClaim#claimName
     */
    readonly claimName?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodVolumesPersistentVolumeClaim#readOnly
     */
    readonly readOnly?: boolean;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodVolumesPersistentVolumeClaim' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodVolumesPersistentVolumeClaim(obj: KafkaNodePoolSpecTemplatePodVolumesPersistentVolumeClaim | undefined): Record<string, any> | undefined;
/**
 * `CSIVolumeSource` object to use to populate the volume.
 *
 * @schema KafkaNodePoolSpecTemplatePodVolumesCsi
 */
export interface KafkaNodePoolSpecTemplatePodVolumesCsi {
    /**
     * @schema KafkaNodePoolSpecTemplatePodVolumesCsi#driver
     */
    readonly driver?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodVolumesCsi#fsType
     */
    readonly fsType?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodVolumesCsi#nodePublishSecretRef
     */
    readonly nodePublishSecretRef?: KafkaNodePoolSpecTemplatePodVolumesCsiNodePublishSecretRef;
    /**
     * @schema KafkaNodePoolSpecTemplatePodVolumesCsi#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema KafkaNodePoolSpecTemplatePodVolumesCsi#volumeAttributes
     */
    readonly volumeAttributes?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodVolumesCsi' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodVolumesCsi(obj: KafkaNodePoolSpecTemplatePodVolumesCsi | undefined): Record<string, any> | undefined;
/**
 * `ImageVolumeSource` object to use to populate the volume.
 *
 * @schema KafkaNodePoolSpecTemplatePodVolumesImage
 */
export interface KafkaNodePoolSpecTemplatePodVolumesImage {
    /**
     * @schema KafkaNodePoolSpecTemplatePodVolumesImage#pullPolicy
     */
    readonly pullPolicy?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodVolumesImage#reference
     */
    readonly reference?: string;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodVolumesImage' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodVolumesImage(obj: KafkaNodePoolSpecTemplatePodVolumesImage | undefined): Record<string, any> | undefined;
/**
 * `Secret` to use to populate the volume. The name of the Secret and the items key and path fields can use placeholders that would be replaced for every individual node. Valid placeholders that you can use in the template are `{nodeId}` and `{nodePodName}`.
 *
 * @schema KafkaNodePoolSpecTemplatePodTemplatedVolumesSecret
 */
export interface KafkaNodePoolSpecTemplatePodTemplatedVolumesSecret {
    /**
     * @schema KafkaNodePoolSpecTemplatePodTemplatedVolumesSecret#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * @schema KafkaNodePoolSpecTemplatePodTemplatedVolumesSecret#items
     */
    readonly items?: KafkaNodePoolSpecTemplatePodTemplatedVolumesSecretItems[];
    /**
     * @schema KafkaNodePoolSpecTemplatePodTemplatedVolumesSecret#optional
     */
    readonly optional?: boolean;
    /**
     * @schema KafkaNodePoolSpecTemplatePodTemplatedVolumesSecret#secretName
     */
    readonly secretName?: string;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodTemplatedVolumesSecret' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodTemplatedVolumesSecret(obj: KafkaNodePoolSpecTemplatePodTemplatedVolumesSecret | undefined): Record<string, any> | undefined;
/**
 * `ConfigMap` to use to populate the volume. The name of the ConfigMap and the items key and path fields can use placeholders that would be replaced for every individual node. Valid placeholders that you can use in the template are `{nodeId}` and `{nodePodName}`.
 *
 * @schema KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMap
 */
export interface KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMap {
    /**
     * @schema KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMap#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * @schema KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMap#items
     */
    readonly items?: KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMapItems[];
    /**
     * @schema KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMap#name
     */
    readonly name?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMap#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMap' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMap(obj: KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMap | undefined): Record<string, any> | undefined;
/**
 * `PersistentVolumeClaim` object to use to populate the volume. The name of the Persistent Volume Claim can use placeholders that would be replaced for every individual node. Valid placeholders that you can use in the template are `{nodeId}` and `{nodePodName}`.
 *
 * @schema KafkaNodePoolSpecTemplatePodTemplatedVolumesPersistentVolumeClaim
 */
export interface KafkaNodePoolSpecTemplatePodTemplatedVolumesPersistentVolumeClaim {
    /**
     * @schema KafkaNodePoolSpecTemplatePodTemplatedVolumesPersistentVolumeClaim#claimName
     */
    readonly claimName?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodTemplatedVolumesPersistentVolumeClaim#readOnly
     */
    readonly readOnly?: boolean;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodTemplatedVolumesPersistentVolumeClaim' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodTemplatedVolumesPersistentVolumeClaim(obj: KafkaNodePoolSpecTemplatePodTemplatedVolumesPersistentVolumeClaim | undefined): Record<string, any> | undefined;
/**
 * Reference to the secret or config map property to which the environment variable is set.
 *
 * @schema KafkaNodePoolSpecTemplateKafkaContainerEnvValueFrom
 */
export interface KafkaNodePoolSpecTemplateKafkaContainerEnvValueFrom {
    /**
     * Reference to a key in a secret.
     *
     * @schema KafkaNodePoolSpecTemplateKafkaContainerEnvValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: KafkaNodePoolSpecTemplateKafkaContainerEnvValueFromSecretKeyRef;
    /**
     * Reference to a key in a config map.
     *
     * @schema KafkaNodePoolSpecTemplateKafkaContainerEnvValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: KafkaNodePoolSpecTemplateKafkaContainerEnvValueFromConfigMapKeyRef;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplateKafkaContainerEnvValueFrom' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplateKafkaContainerEnvValueFrom(obj: KafkaNodePoolSpecTemplateKafkaContainerEnvValueFrom | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplateKafkaContainerSecurityContextAppArmorProfile
 */
export interface KafkaNodePoolSpecTemplateKafkaContainerSecurityContextAppArmorProfile {
    /**
     * @schema KafkaNodePoolSpecTemplateKafkaContainerSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema KafkaNodePoolSpecTemplateKafkaContainerSecurityContextAppArmorProfile#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplateKafkaContainerSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplateKafkaContainerSecurityContextAppArmorProfile(obj: KafkaNodePoolSpecTemplateKafkaContainerSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplateKafkaContainerSecurityContextCapabilities
 */
export interface KafkaNodePoolSpecTemplateKafkaContainerSecurityContextCapabilities {
    /**
     * @schema KafkaNodePoolSpecTemplateKafkaContainerSecurityContextCapabilities#add
     */
    readonly add?: string[];
    /**
     * @schema KafkaNodePoolSpecTemplateKafkaContainerSecurityContextCapabilities#drop
     */
    readonly drop?: string[];
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplateKafkaContainerSecurityContextCapabilities' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplateKafkaContainerSecurityContextCapabilities(obj: KafkaNodePoolSpecTemplateKafkaContainerSecurityContextCapabilities | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplateKafkaContainerSecurityContextSeLinuxOptions
 */
export interface KafkaNodePoolSpecTemplateKafkaContainerSecurityContextSeLinuxOptions {
    /**
     * @schema KafkaNodePoolSpecTemplateKafkaContainerSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * @schema KafkaNodePoolSpecTemplateKafkaContainerSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * @schema KafkaNodePoolSpecTemplateKafkaContainerSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * @schema KafkaNodePoolSpecTemplateKafkaContainerSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplateKafkaContainerSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplateKafkaContainerSecurityContextSeLinuxOptions(obj: KafkaNodePoolSpecTemplateKafkaContainerSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplateKafkaContainerSecurityContextSeccompProfile
 */
export interface KafkaNodePoolSpecTemplateKafkaContainerSecurityContextSeccompProfile {
    /**
     * @schema KafkaNodePoolSpecTemplateKafkaContainerSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema KafkaNodePoolSpecTemplateKafkaContainerSecurityContextSeccompProfile#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplateKafkaContainerSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplateKafkaContainerSecurityContextSeccompProfile(obj: KafkaNodePoolSpecTemplateKafkaContainerSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplateKafkaContainerSecurityContextWindowsOptions
 */
export interface KafkaNodePoolSpecTemplateKafkaContainerSecurityContextWindowsOptions {
    /**
     * @schema KafkaNodePoolSpecTemplateKafkaContainerSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * @schema KafkaNodePoolSpecTemplateKafkaContainerSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * @schema KafkaNodePoolSpecTemplateKafkaContainerSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * @schema KafkaNodePoolSpecTemplateKafkaContainerSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplateKafkaContainerSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplateKafkaContainerSecurityContextWindowsOptions(obj: KafkaNodePoolSpecTemplateKafkaContainerSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * Reference to the secret or config map property to which the environment variable is set.
 *
 * @schema KafkaNodePoolSpecTemplateInitContainerEnvValueFrom
 */
export interface KafkaNodePoolSpecTemplateInitContainerEnvValueFrom {
    /**
     * Reference to a key in a secret.
     *
     * @schema KafkaNodePoolSpecTemplateInitContainerEnvValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: KafkaNodePoolSpecTemplateInitContainerEnvValueFromSecretKeyRef;
    /**
     * Reference to a key in a config map.
     *
     * @schema KafkaNodePoolSpecTemplateInitContainerEnvValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: KafkaNodePoolSpecTemplateInitContainerEnvValueFromConfigMapKeyRef;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplateInitContainerEnvValueFrom' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplateInitContainerEnvValueFrom(obj: KafkaNodePoolSpecTemplateInitContainerEnvValueFrom | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplateInitContainerSecurityContextAppArmorProfile
 */
export interface KafkaNodePoolSpecTemplateInitContainerSecurityContextAppArmorProfile {
    /**
     * @schema KafkaNodePoolSpecTemplateInitContainerSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema KafkaNodePoolSpecTemplateInitContainerSecurityContextAppArmorProfile#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplateInitContainerSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplateInitContainerSecurityContextAppArmorProfile(obj: KafkaNodePoolSpecTemplateInitContainerSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplateInitContainerSecurityContextCapabilities
 */
export interface KafkaNodePoolSpecTemplateInitContainerSecurityContextCapabilities {
    /**
     * @schema KafkaNodePoolSpecTemplateInitContainerSecurityContextCapabilities#add
     */
    readonly add?: string[];
    /**
     * @schema KafkaNodePoolSpecTemplateInitContainerSecurityContextCapabilities#drop
     */
    readonly drop?: string[];
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplateInitContainerSecurityContextCapabilities' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplateInitContainerSecurityContextCapabilities(obj: KafkaNodePoolSpecTemplateInitContainerSecurityContextCapabilities | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplateInitContainerSecurityContextSeLinuxOptions
 */
export interface KafkaNodePoolSpecTemplateInitContainerSecurityContextSeLinuxOptions {
    /**
     * @schema KafkaNodePoolSpecTemplateInitContainerSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * @schema KafkaNodePoolSpecTemplateInitContainerSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * @schema KafkaNodePoolSpecTemplateInitContainerSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * @schema KafkaNodePoolSpecTemplateInitContainerSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplateInitContainerSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplateInitContainerSecurityContextSeLinuxOptions(obj: KafkaNodePoolSpecTemplateInitContainerSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplateInitContainerSecurityContextSeccompProfile
 */
export interface KafkaNodePoolSpecTemplateInitContainerSecurityContextSeccompProfile {
    /**
     * @schema KafkaNodePoolSpecTemplateInitContainerSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema KafkaNodePoolSpecTemplateInitContainerSecurityContextSeccompProfile#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplateInitContainerSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplateInitContainerSecurityContextSeccompProfile(obj: KafkaNodePoolSpecTemplateInitContainerSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplateInitContainerSecurityContextWindowsOptions
 */
export interface KafkaNodePoolSpecTemplateInitContainerSecurityContextWindowsOptions {
    /**
     * @schema KafkaNodePoolSpecTemplateInitContainerSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * @schema KafkaNodePoolSpecTemplateInitContainerSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * @schema KafkaNodePoolSpecTemplateInitContainerSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * @schema KafkaNodePoolSpecTemplateInitContainerSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplateInitContainerSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplateInitContainerSecurityContextWindowsOptions(obj: KafkaNodePoolSpecTemplateInitContainerSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution#preference
     */
    readonly preference?: KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference;
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight?: number;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution#nodeSelectorTerms
     */
    readonly nodeSelectorTerms?: KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms[];
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution#podAffinityTerm
     */
    readonly podAffinityTerm?: KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight?: number;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#labelSelector
     */
    readonly labelSelector?: KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaceSelector
     */
    readonly namespaceSelector?: KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#topologyKey
     */
    readonly topologyKey?: string;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution#podAffinityTerm
     */
    readonly podAffinityTerm?: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight?: number;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#labelSelector
     */
    readonly labelSelector?: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaceSelector
     */
    readonly namespaceSelector?: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#topologyKey
     */
    readonly topologyKey?: string;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions
 */
export interface KafkaNodePoolSpecTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions {
    /**
     * @schema KafkaNodePoolSpecTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions(obj: KafkaNodePoolSpecTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodVolumesSecretItems
 */
export interface KafkaNodePoolSpecTemplatePodVolumesSecretItems {
    /**
     * @schema KafkaNodePoolSpecTemplatePodVolumesSecretItems#key
     */
    readonly key?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodVolumesSecretItems#mode
     */
    readonly mode?: number;
    /**
     * @schema KafkaNodePoolSpecTemplatePodVolumesSecretItems#path
     */
    readonly path?: string;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodVolumesSecretItems' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodVolumesSecretItems(obj: KafkaNodePoolSpecTemplatePodVolumesSecretItems | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodVolumesConfigMapItems
 */
export interface KafkaNodePoolSpecTemplatePodVolumesConfigMapItems {
    /**
     * @schema KafkaNodePoolSpecTemplatePodVolumesConfigMapItems#key
     */
    readonly key?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodVolumesConfigMapItems#mode
     */
    readonly mode?: number;
    /**
     * @schema KafkaNodePoolSpecTemplatePodVolumesConfigMapItems#path
     */
    readonly path?: string;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodVolumesConfigMapItems' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodVolumesConfigMapItems(obj: KafkaNodePoolSpecTemplatePodVolumesConfigMapItems | undefined): Record<string, any> | undefined;
/**
 * Medium represents the type of storage medium should back this volume. Valid values are unset or `Memory`. When not set, it will use the node's default medium.
 *
 * @schema KafkaNodePoolSpecTemplatePodVolumesEmptyDirMedium
 */
export declare enum KafkaNodePoolSpecTemplatePodVolumesEmptyDirMedium {
    /** Memory */
    MEMORY = "Memory"
}
/**
 * @schema KafkaNodePoolSpecTemplatePodVolumesCsiNodePublishSecretRef
 */
export interface KafkaNodePoolSpecTemplatePodVolumesCsiNodePublishSecretRef {
    /**
     * @schema KafkaNodePoolSpecTemplatePodVolumesCsiNodePublishSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodVolumesCsiNodePublishSecretRef' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodVolumesCsiNodePublishSecretRef(obj: KafkaNodePoolSpecTemplatePodVolumesCsiNodePublishSecretRef | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodTemplatedVolumesSecretItems
 */
export interface KafkaNodePoolSpecTemplatePodTemplatedVolumesSecretItems {
    /**
     * @schema KafkaNodePoolSpecTemplatePodTemplatedVolumesSecretItems#key
     */
    readonly key?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodTemplatedVolumesSecretItems#mode
     */
    readonly mode?: number;
    /**
     * @schema KafkaNodePoolSpecTemplatePodTemplatedVolumesSecretItems#path
     */
    readonly path?: string;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodTemplatedVolumesSecretItems' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodTemplatedVolumesSecretItems(obj: KafkaNodePoolSpecTemplatePodTemplatedVolumesSecretItems | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMapItems
 */
export interface KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMapItems {
    /**
     * @schema KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMapItems#key
     */
    readonly key?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMapItems#mode
     */
    readonly mode?: number;
    /**
     * @schema KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMapItems#path
     */
    readonly path?: string;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMapItems' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMapItems(obj: KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMapItems | undefined): Record<string, any> | undefined;
/**
 * Reference to a key in a secret.
 *
 * @schema KafkaNodePoolSpecTemplateKafkaContainerEnvValueFromSecretKeyRef
 */
export interface KafkaNodePoolSpecTemplateKafkaContainerEnvValueFromSecretKeyRef {
    /**
     * @schema KafkaNodePoolSpecTemplateKafkaContainerEnvValueFromSecretKeyRef#key
     */
    readonly key?: string;
    /**
     * @schema KafkaNodePoolSpecTemplateKafkaContainerEnvValueFromSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema KafkaNodePoolSpecTemplateKafkaContainerEnvValueFromSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplateKafkaContainerEnvValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplateKafkaContainerEnvValueFromSecretKeyRef(obj: KafkaNodePoolSpecTemplateKafkaContainerEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * Reference to a key in a config map.
 *
 * @schema KafkaNodePoolSpecTemplateKafkaContainerEnvValueFromConfigMapKeyRef
 */
export interface KafkaNodePoolSpecTemplateKafkaContainerEnvValueFromConfigMapKeyRef {
    /**
     * @schema KafkaNodePoolSpecTemplateKafkaContainerEnvValueFromConfigMapKeyRef#key
     */
    readonly key?: string;
    /**
     * @schema KafkaNodePoolSpecTemplateKafkaContainerEnvValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema KafkaNodePoolSpecTemplateKafkaContainerEnvValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplateKafkaContainerEnvValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplateKafkaContainerEnvValueFromConfigMapKeyRef(obj: KafkaNodePoolSpecTemplateKafkaContainerEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * Reference to a key in a secret.
 *
 * @schema KafkaNodePoolSpecTemplateInitContainerEnvValueFromSecretKeyRef
 */
export interface KafkaNodePoolSpecTemplateInitContainerEnvValueFromSecretKeyRef {
    /**
     * @schema KafkaNodePoolSpecTemplateInitContainerEnvValueFromSecretKeyRef#key
     */
    readonly key?: string;
    /**
     * @schema KafkaNodePoolSpecTemplateInitContainerEnvValueFromSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema KafkaNodePoolSpecTemplateInitContainerEnvValueFromSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplateInitContainerEnvValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplateInitContainerEnvValueFromSecretKeyRef(obj: KafkaNodePoolSpecTemplateInitContainerEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * Reference to a key in a config map.
 *
 * @schema KafkaNodePoolSpecTemplateInitContainerEnvValueFromConfigMapKeyRef
 */
export interface KafkaNodePoolSpecTemplateInitContainerEnvValueFromConfigMapKeyRef {
    /**
     * @schema KafkaNodePoolSpecTemplateInitContainerEnvValueFromConfigMapKeyRef#key
     */
    readonly key?: string;
    /**
     * @schema KafkaNodePoolSpecTemplateInitContainerEnvValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema KafkaNodePoolSpecTemplateInitContainerEnvValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplateInitContainerEnvValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplateInitContainerEnvValueFromConfigMapKeyRef(obj: KafkaNodePoolSpecTemplateInitContainerEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference
 */
export interface KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference {
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference#matchExpressions
     */
    readonly matchExpressions?: KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions[];
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference#matchFields
     */
    readonly matchFields?: KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields[];
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference(obj: KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms
 */
export interface KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms {
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms#matchExpressions
     */
    readonly matchExpressions?: KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions[];
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms#matchFields
     */
    readonly matchFields?: KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields[];
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms(obj: KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm
 */
export interface KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm {
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#labelSelector
     */
    readonly labelSelector?: KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaceSelector
     */
    readonly namespaceSelector?: KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#topologyKey
     */
    readonly topologyKey?: string;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj: KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector
 */
export interface KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector {
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions[];
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj: KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector
 */
export interface KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector {
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions[];
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj: KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm
 */
export interface KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm {
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#labelSelector
     */
    readonly labelSelector?: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaceSelector
     */
    readonly namespaceSelector?: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#topologyKey
     */
    readonly topologyKey?: string;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector
 */
export interface KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector {
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions[];
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector
 */
export interface KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector {
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions[];
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions
 */
export interface KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions {
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions(obj: KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields
 */
export interface KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields {
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#key
     */
    readonly key?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields(obj: KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions
 */
export interface KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions {
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions(obj: KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields
 */
export interface KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields {
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#key
     */
    readonly key?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields(obj: KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector
 */
export interface KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector {
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions[];
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj: KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector
 */
export interface KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector {
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions[];
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj: KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions
 */
export interface KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions {
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj: KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions
 */
export interface KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions {
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj: KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector
 */
export interface KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector {
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions[];
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector
 */
export interface KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector {
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions[];
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions
 */
export interface KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions {
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions
 */
export interface KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions {
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions
 */
export interface KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions {
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj: KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions
 */
export interface KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions {
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj: KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions
 */
export interface KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions {
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions
 */
export interface KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions {
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 *
 *
 * @schema KafkaTopic
 */
export declare class KafkaTopic extends ApiObject {
    /**
     * Returns the apiVersion and kind for "KafkaTopic"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "KafkaTopic".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: KafkaTopicProps): any;
    /**
     * Defines a "KafkaTopic" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: KafkaTopicProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * @schema KafkaTopic
 */
export interface KafkaTopicProps {
    /**
     * @schema KafkaTopic#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * The specification of the topic.
     *
     * @schema KafkaTopic#spec
     */
    readonly spec: KafkaTopicSpec;
}
/**
 * Converts an object of type 'KafkaTopicProps' to JSON representation.
 */
export declare function toJson_KafkaTopicProps(obj: KafkaTopicProps | undefined): Record<string, any> | undefined;
/**
 * The specification of the topic.
 *
 * @schema KafkaTopicSpec
 */
export interface KafkaTopicSpec {
    /**
     * The name of the topic. When absent this will default to the metadata.name of the topic. It is recommended to not set this unless the topic name is not a valid Kubernetes resource name.
     *
     * @schema KafkaTopicSpec#topicName
     */
    readonly topicName?: string;
    /**
     * The number of partitions the topic should have. This cannot be decreased after topic creation. It can be increased after topic creation, but it is important to understand the consequences that has, especially for topics with semantic partitioning. When absent this will default to the broker configuration for `num.partitions`.
     *
     * @schema KafkaTopicSpec#partitions
     */
    readonly partitions?: number;
    /**
     * The number of replicas the topic should have. When absent this will default to the broker configuration for `default.replication.factor`.
     *
     * @schema KafkaTopicSpec#replicas
     */
    readonly replicas?: number;
    /**
     * The topic configuration.
     *
     * @schema KafkaTopicSpec#config
     */
    readonly config?: any;
}
/**
 * Converts an object of type 'KafkaTopicSpec' to JSON representation.
 */
export declare function toJson_KafkaTopicSpec(obj: KafkaTopicSpec | undefined): Record<string, any> | undefined;
/**
 *
 *
 * @schema KafkaUser
 */
export declare class KafkaUser extends ApiObject {
    /**
     * Returns the apiVersion and kind for "KafkaUser"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "KafkaUser".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: KafkaUserProps): any;
    /**
     * Defines a "KafkaUser" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: KafkaUserProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * @schema KafkaUser
 */
export interface KafkaUserProps {
    /**
     * @schema KafkaUser#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * The specification of the user.
     *
     * @schema KafkaUser#spec
     */
    readonly spec: KafkaUserSpec;
}
/**
 * Converts an object of type 'KafkaUserProps' to JSON representation.
 */
export declare function toJson_KafkaUserProps(obj: KafkaUserProps | undefined): Record<string, any> | undefined;
/**
 * The specification of the user.
 *
 * @schema KafkaUserSpec
 */
export interface KafkaUserSpec {
    /**
     * Authentication mechanism enabled for this Kafka user. The supported authentication mechanisms are `scram-sha-512`, `tls`, and `tls-external`.
     *
     * * `scram-sha-512` generates a secret with SASL SCRAM-SHA-512 credentials.
     * * `tls` generates a secret with user certificate for mutual TLS authentication.
     * * `tls-external` does not generate a user certificate.   But prepares the user for using mutual TLS authentication using a user certificate generated outside the User Operator.
     * ACLs and quotas set for this user are configured in the `CN=<username>` format.
     *
     * Authentication is optional. If authentication is not configured, no credentials are generated. ACLs and quotas set for the user are configured in the `<username>` format suitable for SASL authentication.
     *
     * @schema KafkaUserSpec#authentication
     */
    readonly authentication?: KafkaUserSpecAuthentication;
    /**
     * Authorization rules for this Kafka user.
     *
     * @schema KafkaUserSpec#authorization
     */
    readonly authorization?: KafkaUserSpecAuthorization;
    /**
     * Quotas on requests to control the broker resources used by clients. Network bandwidth and request rate quotas can be enforced. For more information, see the Apache Kafka design documentation about quotas.
     *
     * @schema KafkaUserSpec#quotas
     */
    readonly quotas?: KafkaUserSpecQuotas;
    /**
     * Template to specify how Kafka User `Secrets` are generated.
     *
     * @schema KafkaUserSpec#template
     */
    readonly template?: KafkaUserSpecTemplate;
}
/**
 * Converts an object of type 'KafkaUserSpec' to JSON representation.
 */
export declare function toJson_KafkaUserSpec(obj: KafkaUserSpec | undefined): Record<string, any> | undefined;
/**
 * Authentication mechanism enabled for this Kafka user. The supported authentication mechanisms are `scram-sha-512`, `tls`, and `tls-external`.
 *
 * * `scram-sha-512` generates a secret with SASL SCRAM-SHA-512 credentials.
 * * `tls` generates a secret with user certificate for mutual TLS authentication.
 * * `tls-external` does not generate a user certificate.   But prepares the user for using mutual TLS authentication using a user certificate generated outside the User Operator.
 * ACLs and quotas set for this user are configured in the `CN=<username>` format.
 *
 * Authentication is optional. If authentication is not configured, no credentials are generated. ACLs and quotas set for the user are configured in the `<username>` format suitable for SASL authentication.
 *
 * @schema KafkaUserSpecAuthentication
 */
export interface KafkaUserSpecAuthentication {
    /**
     * Specify the password for the user. If not set, a new password is generated by the User Operator.
     *
     * @schema KafkaUserSpecAuthentication#password
     */
    readonly password?: KafkaUserSpecAuthenticationPassword;
    /**
     * Number of days before certificate expiration when the user certificate is renewed. Both this property and `validityDays` must be configured together.The value must be greater than 0 and less than `validityDays`.If not configured, the Clients CA configuration is used.
     *
     * @schema KafkaUserSpecAuthentication#renewalDays
     */
    readonly renewalDays?: number;
    /**
     * Authentication type.
     *
     * @schema KafkaUserSpecAuthentication#type
     */
    readonly type: KafkaUserSpecAuthenticationType;
    /**
     * Number of days for which the user certificate is valid. Both this property and `renewalDays` must be configured together.The value must be greater than 0 and greater than `renewalDays`.If not configured, the Clients CA configuration is used.
     *
     * @schema KafkaUserSpecAuthentication#validityDays
     */
    readonly validityDays?: number;
}
/**
 * Converts an object of type 'KafkaUserSpecAuthentication' to JSON representation.
 */
export declare function toJson_KafkaUserSpecAuthentication(obj: KafkaUserSpecAuthentication | undefined): Record<string, any> | undefined;
/**
 * Authorization rules for this Kafka user.
 *
 * @schema KafkaUserSpecAuthorization
 */
export interface KafkaUserSpecAuthorization {
    /**
     * List of ACL rules which should be applied to this user.
     *
     * @schema KafkaUserSpecAuthorization#acls
     */
    readonly acls: KafkaUserSpecAuthorizationAcls[];
    /**
     * Authorization type. Currently the only supported type is `simple`. `simple` authorization type uses the Kafka Admin API for managing the ACL rules.
     *
     * @schema KafkaUserSpecAuthorization#type
     */
    readonly type: KafkaUserSpecAuthorizationType;
}
/**
 * Converts an object of type 'KafkaUserSpecAuthorization' to JSON representation.
 */
export declare function toJson_KafkaUserSpecAuthorization(obj: KafkaUserSpecAuthorization | undefined): Record<string, any> | undefined;
/**
 * Quotas on requests to control the broker resources used by clients. Network bandwidth and request rate quotas can be enforced. For more information, see the Apache Kafka design documentation about quotas.
 *
 * @schema KafkaUserSpecQuotas
 */
export interface KafkaUserSpecQuotas {
    /**
     * A quota on the maximum bytes per-second that each client group can publish to a broker before the clients in the group are throttled. Defined on a per-broker basis.
     *
     * @schema KafkaUserSpecQuotas#producerByteRate
     */
    readonly producerByteRate?: number;
    /**
     * A quota on the maximum bytes per-second that each client group can fetch from a broker before the clients in the group are throttled. Defined on a per-broker basis.
     *
     * @schema KafkaUserSpecQuotas#consumerByteRate
     */
    readonly consumerByteRate?: number;
    /**
     * A quota on the maximum CPU utilization of each client group as a percentage of network and I/O threads.
     *
     * @schema KafkaUserSpecQuotas#requestPercentage
     */
    readonly requestPercentage?: number;
    /**
     * A quota on the rate at which mutations are accepted for the create topics request, the create partitions request and the delete topics request. The rate is accumulated by the number of partitions created or deleted.
     *
     * @schema KafkaUserSpecQuotas#controllerMutationRate
     */
    readonly controllerMutationRate?: number;
}
/**
 * Converts an object of type 'KafkaUserSpecQuotas' to JSON representation.
 */
export declare function toJson_KafkaUserSpecQuotas(obj: KafkaUserSpecQuotas | undefined): Record<string, any> | undefined;
/**
 * Template to specify how Kafka User `Secrets` are generated.
 *
 * @schema KafkaUserSpecTemplate
 */
export interface KafkaUserSpecTemplate {
    /**
     * Template for KafkaUser resources. The template allows users to specify how the `Secret` with password or TLS certificates is generated.
     *
     * @schema KafkaUserSpecTemplate#secret
     */
    readonly secret?: KafkaUserSpecTemplateSecret;
}
/**
 * Converts an object of type 'KafkaUserSpecTemplate' to JSON representation.
 */
export declare function toJson_KafkaUserSpecTemplate(obj: KafkaUserSpecTemplate | undefined): Record<string, any> | undefined;
/**
 * Specify the password for the user. If not set, a new password is generated by the User Operator.
 *
 * @schema KafkaUserSpecAuthenticationPassword
 */
export interface KafkaUserSpecAuthenticationPassword {
    /**
     * Secret from which the password should be read.
     *
     * @schema KafkaUserSpecAuthenticationPassword#valueFrom
     */
    readonly valueFrom: KafkaUserSpecAuthenticationPasswordValueFrom;
}
/**
 * Converts an object of type 'KafkaUserSpecAuthenticationPassword' to JSON representation.
 */
export declare function toJson_KafkaUserSpecAuthenticationPassword(obj: KafkaUserSpecAuthenticationPassword | undefined): Record<string, any> | undefined;
/**
 * Authentication type.
 *
 * @schema KafkaUserSpecAuthenticationType
 */
export declare enum KafkaUserSpecAuthenticationType {
    /** tls */
    TLS = "tls",
    /** tls-external */
    TLS_HYPHEN_EXTERNAL = "tls-external",
    /** scram-sha-512 */
    SCRAM_HYPHEN_SHA_HYPHEN_512 = "scram-sha-512"
}
/**
 * @schema KafkaUserSpecAuthorizationAcls
 */
export interface KafkaUserSpecAuthorizationAcls {
    /**
     * The type of the rule. ACL rules with type `allow` are used to allow user to execute the specified operations. ACL rules with type `deny` are used to deny user to execute the specified operations. Default value is `allow`.
     *
     * @schema KafkaUserSpecAuthorizationAcls#type
     */
    readonly type?: KafkaUserSpecAuthorizationAclsType;
    /**
     * Indicates the resource for which given ACL rule applies.
     *
     * @schema KafkaUserSpecAuthorizationAcls#resource
     */
    readonly resource: KafkaUserSpecAuthorizationAclsResource;
    /**
     * The host from which the action described in the ACL rule is allowed or denied. If not set, it defaults to `*`, allowing or denying the action from any host.
     *
     * @schema KafkaUserSpecAuthorizationAcls#host
     */
    readonly host?: string;
    /**
     * List of operations to allow or deny. Supported operations are: Read, Write, Create, Delete, Alter, Describe, ClusterAction, AlterConfigs, DescribeConfigs, IdempotentWrite and All. Only certain operations work with the specified resource.
     *
     * @schema KafkaUserSpecAuthorizationAcls#operations
     */
    readonly operations: KafkaUserSpecAuthorizationAclsOperations[];
}
/**
 * Converts an object of type 'KafkaUserSpecAuthorizationAcls' to JSON representation.
 */
export declare function toJson_KafkaUserSpecAuthorizationAcls(obj: KafkaUserSpecAuthorizationAcls | undefined): Record<string, any> | undefined;
/**
 * Authorization type. Currently the only supported type is `simple`. `simple` authorization type uses the Kafka Admin API for managing the ACL rules.
 *
 * @schema KafkaUserSpecAuthorizationType
 */
export declare enum KafkaUserSpecAuthorizationType {
    /** simple */
    SIMPLE = "simple"
}
/**
 * Template for KafkaUser resources. The template allows users to specify how the `Secret` with password or TLS certificates is generated.
 *
 * @schema KafkaUserSpecTemplateSecret
 */
export interface KafkaUserSpecTemplateSecret {
    /**
     * Metadata applied to the resource.
     *
     * @schema KafkaUserSpecTemplateSecret#metadata
     */
    readonly metadata?: KafkaUserSpecTemplateSecretMetadata;
}
/**
 * Converts an object of type 'KafkaUserSpecTemplateSecret' to JSON representation.
 */
export declare function toJson_KafkaUserSpecTemplateSecret(obj: KafkaUserSpecTemplateSecret | undefined): Record<string, any> | undefined;
/**
 * Secret from which the password should be read.
 *
 * @schema KafkaUserSpecAuthenticationPasswordValueFrom
 */
export interface KafkaUserSpecAuthenticationPasswordValueFrom {
    /**
     * Selects a key of a Secret in the resource's namespace.
     *
     * @schema KafkaUserSpecAuthenticationPasswordValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: KafkaUserSpecAuthenticationPasswordValueFromSecretKeyRef;
}
/**
 * Converts an object of type 'KafkaUserSpecAuthenticationPasswordValueFrom' to JSON representation.
 */
export declare function toJson_KafkaUserSpecAuthenticationPasswordValueFrom(obj: KafkaUserSpecAuthenticationPasswordValueFrom | undefined): Record<string, any> | undefined;
/**
 * The type of the rule. ACL rules with type `allow` are used to allow user to execute the specified operations. ACL rules with type `deny` are used to deny user to execute the specified operations. Default value is `allow`.
 *
 * @schema KafkaUserSpecAuthorizationAclsType
 */
export declare enum KafkaUserSpecAuthorizationAclsType {
    /** allow */
    ALLOW = "allow",
    /** deny */
    DENY = "deny"
}
/**
 * Indicates the resource for which given ACL rule applies.
 *
 * @schema KafkaUserSpecAuthorizationAclsResource
 */
export interface KafkaUserSpecAuthorizationAclsResource {
    /**
     * Name of resource for which given ACL rule applies. Can be combined with `patternType` field to use prefix pattern.
     *
     * @schema KafkaUserSpecAuthorizationAclsResource#name
     */
    readonly name?: string;
    /**
     * Describes the pattern used in the resource field. The supported types are `literal` and `prefix`. With `literal` pattern type, the resource field will be used as a definition of a full name. With `prefix` pattern type, the resource name will be used only as a prefix. Default value is `literal`.
     *
     * @schema KafkaUserSpecAuthorizationAclsResource#patternType
     */
    readonly patternType?: KafkaUserSpecAuthorizationAclsResourcePatternType;
    /**
     * Resource type. The available resource types are `topic`, `group`, `cluster`, and `transactionalId`.
     *
     * @schema KafkaUserSpecAuthorizationAclsResource#type
     */
    readonly type: KafkaUserSpecAuthorizationAclsResourceType;
}
/**
 * Converts an object of type 'KafkaUserSpecAuthorizationAclsResource' to JSON representation.
 */
export declare function toJson_KafkaUserSpecAuthorizationAclsResource(obj: KafkaUserSpecAuthorizationAclsResource | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaUserSpecAuthorizationAclsOperations
 */
export declare enum KafkaUserSpecAuthorizationAclsOperations {
    /** Read */
    READ = "Read",
    /** Write */
    WRITE = "Write",
    /** Create */
    CREATE = "Create",
    /** Delete */
    DELETE = "Delete",
    /** Alter */
    ALTER = "Alter",
    /** Describe */
    DESCRIBE = "Describe",
    /** ClusterAction */
    CLUSTER_ACTION = "ClusterAction",
    /** AlterConfigs */
    ALTER_CONFIGS = "AlterConfigs",
    /** DescribeConfigs */
    DESCRIBE_CONFIGS = "DescribeConfigs",
    /** IdempotentWrite */
    IDEMPOTENT_WRITE = "IdempotentWrite",
    /** All */
    ALL = "All"
}
/**
 * Metadata applied to the resource.
 *
 * @schema KafkaUserSpecTemplateSecretMetadata
 */
export interface KafkaUserSpecTemplateSecretMetadata {
    /**
     * Labels added to the Kubernetes resource.
     *
     * @schema KafkaUserSpecTemplateSecretMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * Annotations added to the Kubernetes resource.
     *
     * @schema KafkaUserSpecTemplateSecretMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaUserSpecTemplateSecretMetadata' to JSON representation.
 */
export declare function toJson_KafkaUserSpecTemplateSecretMetadata(obj: KafkaUserSpecTemplateSecretMetadata | undefined): Record<string, any> | undefined;
/**
 * Selects a key of a Secret in the resource's namespace.
 *
 * @schema KafkaUserSpecAuthenticationPasswordValueFromSecretKeyRef
 */
export interface KafkaUserSpecAuthenticationPasswordValueFromSecretKeyRef {
    /**
     * @schema KafkaUserSpecAuthenticationPasswordValueFromSecretKeyRef#key
     */
    readonly key?: string;
    /**
     * @schema KafkaUserSpecAuthenticationPasswordValueFromSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema KafkaUserSpecAuthenticationPasswordValueFromSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KafkaUserSpecAuthenticationPasswordValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_KafkaUserSpecAuthenticationPasswordValueFromSecretKeyRef(obj: KafkaUserSpecAuthenticationPasswordValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * Describes the pattern used in the resource field. The supported types are `literal` and `prefix`. With `literal` pattern type, the resource field will be used as a definition of a full name. With `prefix` pattern type, the resource name will be used only as a prefix. Default value is `literal`.
 *
 * @schema KafkaUserSpecAuthorizationAclsResourcePatternType
 */
export declare enum KafkaUserSpecAuthorizationAclsResourcePatternType {
    /** literal */
    LITERAL = "literal",
    /** prefix */
    PREFIX = "prefix"
}
/**
 * Resource type. The available resource types are `topic`, `group`, `cluster`, and `transactionalId`.
 *
 * @schema KafkaUserSpecAuthorizationAclsResourceType
 */
export declare enum KafkaUserSpecAuthorizationAclsResourceType {
    /** topic */
    TOPIC = "topic",
    /** group */
    GROUP = "group",
    /** cluster */
    CLUSTER = "cluster",
    /** transactionalId */
    TRANSACTIONAL_ID = "transactionalId"
}
