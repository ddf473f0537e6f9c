import * as $protobuf from "protobufjs";
import Long = require("long");
/** Namespace runtime. */
export namespace runtime {

    /** Namespace v1. */
    namespace v1 {

        /** Represents a RuntimeService */
        class RuntimeService extends $protobuf.rpc.Service {

            /**
             * Constructs a new RuntimeService service.
             * @param rpcImpl RPC implementation
             * @param [requestDelimited=false] Whether requests are length-delimited
             * @param [responseDelimited=false] Whether responses are length-delimited
             */
            constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

            /**
             * Creates new RuntimeService service using the specified rpc implementation.
             * @param rpcImpl RPC implementation
             * @param [requestDelimited=false] Whether requests are length-delimited
             * @param [responseDelimited=false] Whether responses are length-delimited
             * @returns RPC service. Useful where requests and/or responses are streamed.
             */
            public static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): RuntimeService;

            /**
             * Calls Version.
             * @param request VersionRequest message or plain object
             * @param callback Node-style callback called with the error, if any, and VersionResponse
             */
            public version(request: runtime.v1.IVersionRequest, callback: runtime.v1.RuntimeService.VersionCallback): void;

            /**
             * Calls Version.
             * @param request VersionRequest message or plain object
             * @returns Promise
             */
            public version(request: runtime.v1.IVersionRequest): Promise<runtime.v1.VersionResponse>;

            /**
             * Calls RunPodSandbox.
             * @param request RunPodSandboxRequest message or plain object
             * @param callback Node-style callback called with the error, if any, and RunPodSandboxResponse
             */
            public runPodSandbox(request: runtime.v1.IRunPodSandboxRequest, callback: runtime.v1.RuntimeService.RunPodSandboxCallback): void;

            /**
             * Calls RunPodSandbox.
             * @param request RunPodSandboxRequest message or plain object
             * @returns Promise
             */
            public runPodSandbox(request: runtime.v1.IRunPodSandboxRequest): Promise<runtime.v1.RunPodSandboxResponse>;

            /**
             * Calls StopPodSandbox.
             * @param request StopPodSandboxRequest message or plain object
             * @param callback Node-style callback called with the error, if any, and StopPodSandboxResponse
             */
            public stopPodSandbox(request: runtime.v1.IStopPodSandboxRequest, callback: runtime.v1.RuntimeService.StopPodSandboxCallback): void;

            /**
             * Calls StopPodSandbox.
             * @param request StopPodSandboxRequest message or plain object
             * @returns Promise
             */
            public stopPodSandbox(request: runtime.v1.IStopPodSandboxRequest): Promise<runtime.v1.StopPodSandboxResponse>;

            /**
             * Calls RemovePodSandbox.
             * @param request RemovePodSandboxRequest message or plain object
             * @param callback Node-style callback called with the error, if any, and RemovePodSandboxResponse
             */
            public removePodSandbox(request: runtime.v1.IRemovePodSandboxRequest, callback: runtime.v1.RuntimeService.RemovePodSandboxCallback): void;

            /**
             * Calls RemovePodSandbox.
             * @param request RemovePodSandboxRequest message or plain object
             * @returns Promise
             */
            public removePodSandbox(request: runtime.v1.IRemovePodSandboxRequest): Promise<runtime.v1.RemovePodSandboxResponse>;

            /**
             * Calls PodSandboxStatus.
             * @param request PodSandboxStatusRequest message or plain object
             * @param callback Node-style callback called with the error, if any, and PodSandboxStatusResponse
             */
            public podSandboxStatus(request: runtime.v1.IPodSandboxStatusRequest, callback: runtime.v1.RuntimeService.PodSandboxStatusCallback): void;

            /**
             * Calls PodSandboxStatus.
             * @param request PodSandboxStatusRequest message or plain object
             * @returns Promise
             */
            public podSandboxStatus(request: runtime.v1.IPodSandboxStatusRequest): Promise<runtime.v1.PodSandboxStatusResponse>;

            /**
             * Calls ListPodSandbox.
             * @param request ListPodSandboxRequest message or plain object
             * @param callback Node-style callback called with the error, if any, and ListPodSandboxResponse
             */
            public listPodSandbox(request: runtime.v1.IListPodSandboxRequest, callback: runtime.v1.RuntimeService.ListPodSandboxCallback): void;

            /**
             * Calls ListPodSandbox.
             * @param request ListPodSandboxRequest message or plain object
             * @returns Promise
             */
            public listPodSandbox(request: runtime.v1.IListPodSandboxRequest): Promise<runtime.v1.ListPodSandboxResponse>;

            /**
             * Calls CreateContainer.
             * @param request CreateContainerRequest message or plain object
             * @param callback Node-style callback called with the error, if any, and CreateContainerResponse
             */
            public createContainer(request: runtime.v1.ICreateContainerRequest, callback: runtime.v1.RuntimeService.CreateContainerCallback): void;

            /**
             * Calls CreateContainer.
             * @param request CreateContainerRequest message or plain object
             * @returns Promise
             */
            public createContainer(request: runtime.v1.ICreateContainerRequest): Promise<runtime.v1.CreateContainerResponse>;

            /**
             * Calls StartContainer.
             * @param request StartContainerRequest message or plain object
             * @param callback Node-style callback called with the error, if any, and StartContainerResponse
             */
            public startContainer(request: runtime.v1.IStartContainerRequest, callback: runtime.v1.RuntimeService.StartContainerCallback): void;

            /**
             * Calls StartContainer.
             * @param request StartContainerRequest message or plain object
             * @returns Promise
             */
            public startContainer(request: runtime.v1.IStartContainerRequest): Promise<runtime.v1.StartContainerResponse>;

            /**
             * Calls StopContainer.
             * @param request StopContainerRequest message or plain object
             * @param callback Node-style callback called with the error, if any, and StopContainerResponse
             */
            public stopContainer(request: runtime.v1.IStopContainerRequest, callback: runtime.v1.RuntimeService.StopContainerCallback): void;

            /**
             * Calls StopContainer.
             * @param request StopContainerRequest message or plain object
             * @returns Promise
             */
            public stopContainer(request: runtime.v1.IStopContainerRequest): Promise<runtime.v1.StopContainerResponse>;

            /**
             * Calls RemoveContainer.
             * @param request RemoveContainerRequest message or plain object
             * @param callback Node-style callback called with the error, if any, and RemoveContainerResponse
             */
            public removeContainer(request: runtime.v1.IRemoveContainerRequest, callback: runtime.v1.RuntimeService.RemoveContainerCallback): void;

            /**
             * Calls RemoveContainer.
             * @param request RemoveContainerRequest message or plain object
             * @returns Promise
             */
            public removeContainer(request: runtime.v1.IRemoveContainerRequest): Promise<runtime.v1.RemoveContainerResponse>;

            /**
             * Calls ListContainers.
             * @param request ListContainersRequest message or plain object
             * @param callback Node-style callback called with the error, if any, and ListContainersResponse
             */
            public listContainers(request: runtime.v1.IListContainersRequest, callback: runtime.v1.RuntimeService.ListContainersCallback): void;

            /**
             * Calls ListContainers.
             * @param request ListContainersRequest message or plain object
             * @returns Promise
             */
            public listContainers(request: runtime.v1.IListContainersRequest): Promise<runtime.v1.ListContainersResponse>;

            /**
             * Calls ContainerStatus.
             * @param request ContainerStatusRequest message or plain object
             * @param callback Node-style callback called with the error, if any, and ContainerStatusResponse
             */
            public containerStatus(request: runtime.v1.IContainerStatusRequest, callback: runtime.v1.RuntimeService.ContainerStatusCallback): void;

            /**
             * Calls ContainerStatus.
             * @param request ContainerStatusRequest message or plain object
             * @returns Promise
             */
            public containerStatus(request: runtime.v1.IContainerStatusRequest): Promise<runtime.v1.ContainerStatusResponse>;

            /**
             * Calls UpdateContainerResources.
             * @param request UpdateContainerResourcesRequest message or plain object
             * @param callback Node-style callback called with the error, if any, and UpdateContainerResourcesResponse
             */
            public updateContainerResources(request: runtime.v1.IUpdateContainerResourcesRequest, callback: runtime.v1.RuntimeService.UpdateContainerResourcesCallback): void;

            /**
             * Calls UpdateContainerResources.
             * @param request UpdateContainerResourcesRequest message or plain object
             * @returns Promise
             */
            public updateContainerResources(request: runtime.v1.IUpdateContainerResourcesRequest): Promise<runtime.v1.UpdateContainerResourcesResponse>;

            /**
             * Calls ReopenContainerLog.
             * @param request ReopenContainerLogRequest message or plain object
             * @param callback Node-style callback called with the error, if any, and ReopenContainerLogResponse
             */
            public reopenContainerLog(request: runtime.v1.IReopenContainerLogRequest, callback: runtime.v1.RuntimeService.ReopenContainerLogCallback): void;

            /**
             * Calls ReopenContainerLog.
             * @param request ReopenContainerLogRequest message or plain object
             * @returns Promise
             */
            public reopenContainerLog(request: runtime.v1.IReopenContainerLogRequest): Promise<runtime.v1.ReopenContainerLogResponse>;

            /**
             * Calls ExecSync.
             * @param request ExecSyncRequest message or plain object
             * @param callback Node-style callback called with the error, if any, and ExecSyncResponse
             */
            public execSync(request: runtime.v1.IExecSyncRequest, callback: runtime.v1.RuntimeService.ExecSyncCallback): void;

            /**
             * Calls ExecSync.
             * @param request ExecSyncRequest message or plain object
             * @returns Promise
             */
            public execSync(request: runtime.v1.IExecSyncRequest): Promise<runtime.v1.ExecSyncResponse>;

            /**
             * Calls Exec.
             * @param request ExecRequest message or plain object
             * @param callback Node-style callback called with the error, if any, and ExecResponse
             */
            public exec(request: runtime.v1.IExecRequest, callback: runtime.v1.RuntimeService.ExecCallback): void;

            /**
             * Calls Exec.
             * @param request ExecRequest message or plain object
             * @returns Promise
             */
            public exec(request: runtime.v1.IExecRequest): Promise<runtime.v1.ExecResponse>;

            /**
             * Calls Attach.
             * @param request AttachRequest message or plain object
             * @param callback Node-style callback called with the error, if any, and AttachResponse
             */
            public attach(request: runtime.v1.IAttachRequest, callback: runtime.v1.RuntimeService.AttachCallback): void;

            /**
             * Calls Attach.
             * @param request AttachRequest message or plain object
             * @returns Promise
             */
            public attach(request: runtime.v1.IAttachRequest): Promise<runtime.v1.AttachResponse>;

            /**
             * Calls PortForward.
             * @param request PortForwardRequest message or plain object
             * @param callback Node-style callback called with the error, if any, and PortForwardResponse
             */
            public portForward(request: runtime.v1.IPortForwardRequest, callback: runtime.v1.RuntimeService.PortForwardCallback): void;

            /**
             * Calls PortForward.
             * @param request PortForwardRequest message or plain object
             * @returns Promise
             */
            public portForward(request: runtime.v1.IPortForwardRequest): Promise<runtime.v1.PortForwardResponse>;

            /**
             * Calls ContainerStats.
             * @param request ContainerStatsRequest message or plain object
             * @param callback Node-style callback called with the error, if any, and ContainerStatsResponse
             */
            public containerStats(request: runtime.v1.IContainerStatsRequest, callback: runtime.v1.RuntimeService.ContainerStatsCallback): void;

            /**
             * Calls ContainerStats.
             * @param request ContainerStatsRequest message or plain object
             * @returns Promise
             */
            public containerStats(request: runtime.v1.IContainerStatsRequest): Promise<runtime.v1.ContainerStatsResponse>;

            /**
             * Calls ListContainerStats.
             * @param request ListContainerStatsRequest message or plain object
             * @param callback Node-style callback called with the error, if any, and ListContainerStatsResponse
             */
            public listContainerStats(request: runtime.v1.IListContainerStatsRequest, callback: runtime.v1.RuntimeService.ListContainerStatsCallback): void;

            /**
             * Calls ListContainerStats.
             * @param request ListContainerStatsRequest message or plain object
             * @returns Promise
             */
            public listContainerStats(request: runtime.v1.IListContainerStatsRequest): Promise<runtime.v1.ListContainerStatsResponse>;

            /**
             * Calls Status.
             * @param request StatusRequest message or plain object
             * @param callback Node-style callback called with the error, if any, and StatusResponse
             */
            public status(request: runtime.v1.IStatusRequest, callback: runtime.v1.RuntimeService.StatusCallback): void;

            /**
             * Calls Status.
             * @param request StatusRequest message or plain object
             * @returns Promise
             */
            public status(request: runtime.v1.IStatusRequest): Promise<runtime.v1.StatusResponse>;
        }

        namespace RuntimeService {

            /**
             * Callback as used by {@link runtime.v1.RuntimeService#version}.
             * @param error Error, if any
             * @param [response] VersionResponse
             */
            type VersionCallback = (error: (Error|null), response?: runtime.v1.VersionResponse) => void;

            /**
             * Callback as used by {@link runtime.v1.RuntimeService#runPodSandbox}.
             * @param error Error, if any
             * @param [response] RunPodSandboxResponse
             */
            type RunPodSandboxCallback = (error: (Error|null), response?: runtime.v1.RunPodSandboxResponse) => void;

            /**
             * Callback as used by {@link runtime.v1.RuntimeService#stopPodSandbox}.
             * @param error Error, if any
             * @param [response] StopPodSandboxResponse
             */
            type StopPodSandboxCallback = (error: (Error|null), response?: runtime.v1.StopPodSandboxResponse) => void;

            /**
             * Callback as used by {@link runtime.v1.RuntimeService#removePodSandbox}.
             * @param error Error, if any
             * @param [response] RemovePodSandboxResponse
             */
            type RemovePodSandboxCallback = (error: (Error|null), response?: runtime.v1.RemovePodSandboxResponse) => void;

            /**
             * Callback as used by {@link runtime.v1.RuntimeService#podSandboxStatus}.
             * @param error Error, if any
             * @param [response] PodSandboxStatusResponse
             */
            type PodSandboxStatusCallback = (error: (Error|null), response?: runtime.v1.PodSandboxStatusResponse) => void;

            /**
             * Callback as used by {@link runtime.v1.RuntimeService#listPodSandbox}.
             * @param error Error, if any
             * @param [response] ListPodSandboxResponse
             */
            type ListPodSandboxCallback = (error: (Error|null), response?: runtime.v1.ListPodSandboxResponse) => void;

            /**
             * Callback as used by {@link runtime.v1.RuntimeService#createContainer}.
             * @param error Error, if any
             * @param [response] CreateContainerResponse
             */
            type CreateContainerCallback = (error: (Error|null), response?: runtime.v1.CreateContainerResponse) => void;

            /**
             * Callback as used by {@link runtime.v1.RuntimeService#startContainer}.
             * @param error Error, if any
             * @param [response] StartContainerResponse
             */
            type StartContainerCallback = (error: (Error|null), response?: runtime.v1.StartContainerResponse) => void;

            /**
             * Callback as used by {@link runtime.v1.RuntimeService#stopContainer}.
             * @param error Error, if any
             * @param [response] StopContainerResponse
             */
            type StopContainerCallback = (error: (Error|null), response?: runtime.v1.StopContainerResponse) => void;

            /**
             * Callback as used by {@link runtime.v1.RuntimeService#removeContainer}.
             * @param error Error, if any
             * @param [response] RemoveContainerResponse
             */
            type RemoveContainerCallback = (error: (Error|null), response?: runtime.v1.RemoveContainerResponse) => void;

            /**
             * Callback as used by {@link runtime.v1.RuntimeService#listContainers}.
             * @param error Error, if any
             * @param [response] ListContainersResponse
             */
            type ListContainersCallback = (error: (Error|null), response?: runtime.v1.ListContainersResponse) => void;

            /**
             * Callback as used by {@link runtime.v1.RuntimeService#containerStatus}.
             * @param error Error, if any
             * @param [response] ContainerStatusResponse
             */
            type ContainerStatusCallback = (error: (Error|null), response?: runtime.v1.ContainerStatusResponse) => void;

            /**
             * Callback as used by {@link runtime.v1.RuntimeService#updateContainerResources}.
             * @param error Error, if any
             * @param [response] UpdateContainerResourcesResponse
             */
            type UpdateContainerResourcesCallback = (error: (Error|null), response?: runtime.v1.UpdateContainerResourcesResponse) => void;

            /**
             * Callback as used by {@link runtime.v1.RuntimeService#reopenContainerLog}.
             * @param error Error, if any
             * @param [response] ReopenContainerLogResponse
             */
            type ReopenContainerLogCallback = (error: (Error|null), response?: runtime.v1.ReopenContainerLogResponse) => void;

            /**
             * Callback as used by {@link runtime.v1.RuntimeService#execSync}.
             * @param error Error, if any
             * @param [response] ExecSyncResponse
             */
            type ExecSyncCallback = (error: (Error|null), response?: runtime.v1.ExecSyncResponse) => void;

            /**
             * Callback as used by {@link runtime.v1.RuntimeService#exec}.
             * @param error Error, if any
             * @param [response] ExecResponse
             */
            type ExecCallback = (error: (Error|null), response?: runtime.v1.ExecResponse) => void;

            /**
             * Callback as used by {@link runtime.v1.RuntimeService#attach}.
             * @param error Error, if any
             * @param [response] AttachResponse
             */
            type AttachCallback = (error: (Error|null), response?: runtime.v1.AttachResponse) => void;

            /**
             * Callback as used by {@link runtime.v1.RuntimeService#portForward}.
             * @param error Error, if any
             * @param [response] PortForwardResponse
             */
            type PortForwardCallback = (error: (Error|null), response?: runtime.v1.PortForwardResponse) => void;

            /**
             * Callback as used by {@link runtime.v1.RuntimeService#containerStats}.
             * @param error Error, if any
             * @param [response] ContainerStatsResponse
             */
            type ContainerStatsCallback = (error: (Error|null), response?: runtime.v1.ContainerStatsResponse) => void;

            /**
             * Callback as used by {@link runtime.v1.RuntimeService#listContainerStats}.
             * @param error Error, if any
             * @param [response] ListContainerStatsResponse
             */
            type ListContainerStatsCallback = (error: (Error|null), response?: runtime.v1.ListContainerStatsResponse) => void;

            /**
             * Callback as used by {@link runtime.v1.RuntimeService#status}.
             * @param error Error, if any
             * @param [response] StatusResponse
             */
            type StatusCallback = (error: (Error|null), response?: runtime.v1.StatusResponse) => void;
        }

        /** Represents an ImageService */
        class ImageService extends $protobuf.rpc.Service {

            /**
             * Constructs a new ImageService service.
             * @param rpcImpl RPC implementation
             * @param [requestDelimited=false] Whether requests are length-delimited
             * @param [responseDelimited=false] Whether responses are length-delimited
             */
            constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

            /**
             * Creates new ImageService service using the specified rpc implementation.
             * @param rpcImpl RPC implementation
             * @param [requestDelimited=false] Whether requests are length-delimited
             * @param [responseDelimited=false] Whether responses are length-delimited
             * @returns RPC service. Useful where requests and/or responses are streamed.
             */
            public static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): ImageService;

            /**
             * Calls ListImages.
             * @param request ListImagesRequest message or plain object
             * @param callback Node-style callback called with the error, if any, and ListImagesResponse
             */
            public listImages(request: runtime.v1.IListImagesRequest, callback: runtime.v1.ImageService.ListImagesCallback): void;

            /**
             * Calls ListImages.
             * @param request ListImagesRequest message or plain object
             * @returns Promise
             */
            public listImages(request: runtime.v1.IListImagesRequest): Promise<runtime.v1.ListImagesResponse>;

            /**
             * Calls ImageStatus.
             * @param request ImageStatusRequest message or plain object
             * @param callback Node-style callback called with the error, if any, and ImageStatusResponse
             */
            public imageStatus(request: runtime.v1.IImageStatusRequest, callback: runtime.v1.ImageService.ImageStatusCallback): void;

            /**
             * Calls ImageStatus.
             * @param request ImageStatusRequest message or plain object
             * @returns Promise
             */
            public imageStatus(request: runtime.v1.IImageStatusRequest): Promise<runtime.v1.ImageStatusResponse>;

            /**
             * Calls PullImage.
             * @param request PullImageRequest message or plain object
             * @param callback Node-style callback called with the error, if any, and PullImageResponse
             */
            public pullImage(request: runtime.v1.IPullImageRequest, callback: runtime.v1.ImageService.PullImageCallback): void;

            /**
             * Calls PullImage.
             * @param request PullImageRequest message or plain object
             * @returns Promise
             */
            public pullImage(request: runtime.v1.IPullImageRequest): Promise<runtime.v1.PullImageResponse>;

            /**
             * Calls RemoveImage.
             * @param request RemoveImageRequest message or plain object
             * @param callback Node-style callback called with the error, if any, and RemoveImageResponse
             */
            public removeImage(request: runtime.v1.IRemoveImageRequest, callback: runtime.v1.ImageService.RemoveImageCallback): void;

            /**
             * Calls RemoveImage.
             * @param request RemoveImageRequest message or plain object
             * @returns Promise
             */
            public removeImage(request: runtime.v1.IRemoveImageRequest): Promise<runtime.v1.RemoveImageResponse>;
        }

        namespace ImageService {

            /**
             * Callback as used by {@link runtime.v1.ImageService#listImages}.
             * @param error Error, if any
             * @param [response] ListImagesResponse
             */
            type ListImagesCallback = (error: (Error|null), response?: runtime.v1.ListImagesResponse) => void;

            /**
             * Callback as used by {@link runtime.v1.ImageService#imageStatus}.
             * @param error Error, if any
             * @param [response] ImageStatusResponse
             */
            type ImageStatusCallback = (error: (Error|null), response?: runtime.v1.ImageStatusResponse) => void;

            /**
             * Callback as used by {@link runtime.v1.ImageService#pullImage}.
             * @param error Error, if any
             * @param [response] PullImageResponse
             */
            type PullImageCallback = (error: (Error|null), response?: runtime.v1.PullImageResponse) => void;

            /**
             * Callback as used by {@link runtime.v1.ImageService#removeImage}.
             * @param error Error, if any
             * @param [response] RemoveImageResponse
             */
            type RemoveImageCallback = (error: (Error|null), response?: runtime.v1.RemoveImageResponse) => void;
        }

        /** Properties of a VersionRequest. */
        interface IVersionRequest {

            /** VersionRequest version */
            version?: (string|null);
        }

        /** Represents a VersionRequest. */
        class VersionRequest implements IVersionRequest {

            /**
             * Constructs a new VersionRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IVersionRequest);

            /** VersionRequest version. */
            public version: string;

            /**
             * Creates a new VersionRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns VersionRequest instance
             */
            public static create(properties?: runtime.v1.IVersionRequest): runtime.v1.VersionRequest;

            /**
             * Encodes the specified VersionRequest message. Does not implicitly {@link runtime.v1.VersionRequest.verify|verify} messages.
             * @param message VersionRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IVersionRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a VersionRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns VersionRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.VersionRequest;

            /**
             * Gets the default type url for VersionRequest
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a VersionResponse. */
        interface IVersionResponse {

            /** VersionResponse version */
            version?: (string|null);

            /** VersionResponse runtimeName */
            runtimeName?: (string|null);

            /** VersionResponse runtimeVersion */
            runtimeVersion?: (string|null);

            /** VersionResponse runtimeApiVersion */
            runtimeApiVersion?: (string|null);
        }

        /** Represents a VersionResponse. */
        class VersionResponse implements IVersionResponse {

            /**
             * Constructs a new VersionResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IVersionResponse);

            /** VersionResponse version. */
            public version: string;

            /** VersionResponse runtimeName. */
            public runtimeName: string;

            /** VersionResponse runtimeVersion. */
            public runtimeVersion: string;

            /** VersionResponse runtimeApiVersion. */
            public runtimeApiVersion: string;

            /**
             * Creates a new VersionResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns VersionResponse instance
             */
            public static create(properties?: runtime.v1.IVersionResponse): runtime.v1.VersionResponse;

            /**
             * Encodes the specified VersionResponse message. Does not implicitly {@link runtime.v1.VersionResponse.verify|verify} messages.
             * @param message VersionResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IVersionResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a VersionResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns VersionResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.VersionResponse;

            /**
             * Gets the default type url for VersionResponse
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a DNSConfig. */
        interface IDNSConfig {

            /** DNSConfig servers */
            servers?: (string[]|null);

            /** DNSConfig searches */
            searches?: (string[]|null);

            /** DNSConfig options */
            options?: (string[]|null);
        }

        /** Represents a DNSConfig. */
        class DNSConfig implements IDNSConfig {

            /**
             * Constructs a new DNSConfig.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IDNSConfig);

            /** DNSConfig servers. */
            public servers: string[];

            /** DNSConfig searches. */
            public searches: string[];

            /** DNSConfig options. */
            public options: string[];

            /**
             * Creates a new DNSConfig instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DNSConfig instance
             */
            public static create(properties?: runtime.v1.IDNSConfig): runtime.v1.DNSConfig;

            /**
             * Encodes the specified DNSConfig message. Does not implicitly {@link runtime.v1.DNSConfig.verify|verify} messages.
             * @param message DNSConfig message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IDNSConfig, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DNSConfig message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns DNSConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.DNSConfig;

            /**
             * Gets the default type url for DNSConfig
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Protocol enum. */
        enum Protocol {
            TCP = 0,
            UDP = 1,
            SCTP = 2
        }

        /** Properties of a PortMapping. */
        interface IPortMapping {

            /** PortMapping protocol */
            protocol?: (runtime.v1.Protocol|null);

            /** PortMapping containerPort */
            containerPort?: (number|null);

            /** PortMapping hostPort */
            hostPort?: (number|null);

            /** PortMapping hostIp */
            hostIp?: (string|null);
        }

        /** Represents a PortMapping. */
        class PortMapping implements IPortMapping {

            /**
             * Constructs a new PortMapping.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IPortMapping);

            /** PortMapping protocol. */
            public protocol: runtime.v1.Protocol;

            /** PortMapping containerPort. */
            public containerPort: number;

            /** PortMapping hostPort. */
            public hostPort: number;

            /** PortMapping hostIp. */
            public hostIp: string;

            /**
             * Creates a new PortMapping instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PortMapping instance
             */
            public static create(properties?: runtime.v1.IPortMapping): runtime.v1.PortMapping;

            /**
             * Encodes the specified PortMapping message. Does not implicitly {@link runtime.v1.PortMapping.verify|verify} messages.
             * @param message PortMapping message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IPortMapping, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PortMapping message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns PortMapping
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.PortMapping;

            /**
             * Gets the default type url for PortMapping
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** MountPropagation enum. */
        enum MountPropagation {
            PROPAGATION_PRIVATE = 0,
            PROPAGATION_HOST_TO_CONTAINER = 1,
            PROPAGATION_BIDIRECTIONAL = 2
        }

        /** Properties of a Mount. */
        interface IMount {

            /** Mount containerPath */
            containerPath?: (string|null);

            /** Mount hostPath */
            hostPath?: (string|null);

            /** Mount readonly */
            readonly?: (boolean|null);

            /** Mount selinuxRelabel */
            selinuxRelabel?: (boolean|null);

            /** Mount propagation */
            propagation?: (runtime.v1.MountPropagation|null);
        }

        /** Represents a Mount. */
        class Mount implements IMount {

            /**
             * Constructs a new Mount.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IMount);

            /** Mount containerPath. */
            public containerPath: string;

            /** Mount hostPath. */
            public hostPath: string;

            /** Mount readonly. */
            public readonly: boolean;

            /** Mount selinuxRelabel. */
            public selinuxRelabel: boolean;

            /** Mount propagation. */
            public propagation: runtime.v1.MountPropagation;

            /**
             * Creates a new Mount instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Mount instance
             */
            public static create(properties?: runtime.v1.IMount): runtime.v1.Mount;

            /**
             * Encodes the specified Mount message. Does not implicitly {@link runtime.v1.Mount.verify|verify} messages.
             * @param message Mount message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IMount, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Mount message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Mount
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.Mount;

            /**
             * Gets the default type url for Mount
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a IDMapping. */
        interface IIDMapping {

            /** IDMapping hostId */
            hostId?: (number|null);

            /** IDMapping containerId */
            containerId?: (number|null);

            /** IDMapping length */
            length?: (number|null);
        }

        /** Represents a IDMapping. */
        class IDMapping implements IIDMapping {

            /**
             * Constructs a new IDMapping.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IIDMapping);

            /** IDMapping hostId. */
            public hostId: number;

            /** IDMapping containerId. */
            public containerId: number;

            /** IDMapping length. */
            public length: number;

            /**
             * Creates a new IDMapping instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IDMapping instance
             */
            public static create(properties?: runtime.v1.IIDMapping): runtime.v1.IDMapping;

            /**
             * Encodes the specified IDMapping message. Does not implicitly {@link runtime.v1.IDMapping.verify|verify} messages.
             * @param message IDMapping message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IIDMapping, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a IDMapping message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns IDMapping
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.IDMapping;

            /**
             * Gets the default type url for IDMapping
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** NamespaceMode enum. */
        enum NamespaceMode {
            POD = 0,
            CONTAINER = 1,
            NODE = 2,
            TARGET = 3
        }

        /** Properties of a UserNamespace. */
        interface IUserNamespace {

            /** UserNamespace mode */
            mode?: (runtime.v1.NamespaceMode|null);

            /** UserNamespace uids */
            uids?: (runtime.v1.IIDMapping[]|null);

            /** UserNamespace gids */
            gids?: (runtime.v1.IIDMapping[]|null);
        }

        /** Represents a UserNamespace. */
        class UserNamespace implements IUserNamespace {

            /**
             * Constructs a new UserNamespace.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IUserNamespace);

            /** UserNamespace mode. */
            public mode: runtime.v1.NamespaceMode;

            /** UserNamespace uids. */
            public uids: runtime.v1.IIDMapping[];

            /** UserNamespace gids. */
            public gids: runtime.v1.IIDMapping[];

            /**
             * Creates a new UserNamespace instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UserNamespace instance
             */
            public static create(properties?: runtime.v1.IUserNamespace): runtime.v1.UserNamespace;

            /**
             * Encodes the specified UserNamespace message. Does not implicitly {@link runtime.v1.UserNamespace.verify|verify} messages.
             * @param message UserNamespace message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IUserNamespace, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a UserNamespace message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns UserNamespace
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.UserNamespace;

            /**
             * Gets the default type url for UserNamespace
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a NamespaceOption. */
        interface INamespaceOption {

            /** NamespaceOption network */
            network?: (runtime.v1.NamespaceMode|null);

            /** NamespaceOption pid */
            pid?: (runtime.v1.NamespaceMode|null);

            /** NamespaceOption ipc */
            ipc?: (runtime.v1.NamespaceMode|null);

            /** NamespaceOption targetId */
            targetId?: (string|null);

            /** NamespaceOption usernsOptions */
            usernsOptions?: (runtime.v1.IUserNamespace|null);
        }

        /** Represents a NamespaceOption. */
        class NamespaceOption implements INamespaceOption {

            /**
             * Constructs a new NamespaceOption.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.INamespaceOption);

            /** NamespaceOption network. */
            public network: runtime.v1.NamespaceMode;

            /** NamespaceOption pid. */
            public pid: runtime.v1.NamespaceMode;

            /** NamespaceOption ipc. */
            public ipc: runtime.v1.NamespaceMode;

            /** NamespaceOption targetId. */
            public targetId: string;

            /** NamespaceOption usernsOptions. */
            public usernsOptions?: (runtime.v1.IUserNamespace|null);

            /**
             * Creates a new NamespaceOption instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NamespaceOption instance
             */
            public static create(properties?: runtime.v1.INamespaceOption): runtime.v1.NamespaceOption;

            /**
             * Encodes the specified NamespaceOption message. Does not implicitly {@link runtime.v1.NamespaceOption.verify|verify} messages.
             * @param message NamespaceOption message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.INamespaceOption, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NamespaceOption message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns NamespaceOption
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.NamespaceOption;

            /**
             * Gets the default type url for NamespaceOption
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an Int64Value. */
        interface IInt64Value {

            /** Int64Value value */
            value?: (number|null);
        }

        /** Represents an Int64Value. */
        class Int64Value implements IInt64Value {

            /**
             * Constructs a new Int64Value.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IInt64Value);

            /** Int64Value value. */
            public value: number;

            /**
             * Creates a new Int64Value instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Int64Value instance
             */
            public static create(properties?: runtime.v1.IInt64Value): runtime.v1.Int64Value;

            /**
             * Encodes the specified Int64Value message. Does not implicitly {@link runtime.v1.Int64Value.verify|verify} messages.
             * @param message Int64Value message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IInt64Value, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Int64Value message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Int64Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.Int64Value;

            /**
             * Gets the default type url for Int64Value
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a LinuxSandboxSecurityContext. */
        interface ILinuxSandboxSecurityContext {

            /** LinuxSandboxSecurityContext namespaceOptions */
            namespaceOptions?: (runtime.v1.INamespaceOption|null);

            /** LinuxSandboxSecurityContext selinuxOptions */
            selinuxOptions?: (runtime.v1.ISELinuxOption|null);

            /** LinuxSandboxSecurityContext runAsUser */
            runAsUser?: (runtime.v1.IInt64Value|null);

            /** LinuxSandboxSecurityContext runAsGroup */
            runAsGroup?: (runtime.v1.IInt64Value|null);

            /** LinuxSandboxSecurityContext readonlyRootfs */
            readonlyRootfs?: (boolean|null);

            /** LinuxSandboxSecurityContext supplementalGroups */
            supplementalGroups?: (number[]|null);

            /** LinuxSandboxSecurityContext privileged */
            privileged?: (boolean|null);

            /** LinuxSandboxSecurityContext seccomp */
            seccomp?: (runtime.v1.ISecurityProfile|null);

            /** LinuxSandboxSecurityContext apparmor */
            apparmor?: (runtime.v1.ISecurityProfile|null);

            /** LinuxSandboxSecurityContext seccompProfilePath */
            seccompProfilePath?: (string|null);
        }

        /** Represents a LinuxSandboxSecurityContext. */
        class LinuxSandboxSecurityContext implements ILinuxSandboxSecurityContext {

            /**
             * Constructs a new LinuxSandboxSecurityContext.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.ILinuxSandboxSecurityContext);

            /** LinuxSandboxSecurityContext namespaceOptions. */
            public namespaceOptions?: (runtime.v1.INamespaceOption|null);

            /** LinuxSandboxSecurityContext selinuxOptions. */
            public selinuxOptions?: (runtime.v1.ISELinuxOption|null);

            /** LinuxSandboxSecurityContext runAsUser. */
            public runAsUser?: (runtime.v1.IInt64Value|null);

            /** LinuxSandboxSecurityContext runAsGroup. */
            public runAsGroup?: (runtime.v1.IInt64Value|null);

            /** LinuxSandboxSecurityContext readonlyRootfs. */
            public readonlyRootfs: boolean;

            /** LinuxSandboxSecurityContext supplementalGroups. */
            public supplementalGroups: number[];

            /** LinuxSandboxSecurityContext privileged. */
            public privileged: boolean;

            /** LinuxSandboxSecurityContext seccomp. */
            public seccomp?: (runtime.v1.ISecurityProfile|null);

            /** LinuxSandboxSecurityContext apparmor. */
            public apparmor?: (runtime.v1.ISecurityProfile|null);

            /** LinuxSandboxSecurityContext seccompProfilePath. */
            public seccompProfilePath: string;

            /**
             * Creates a new LinuxSandboxSecurityContext instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LinuxSandboxSecurityContext instance
             */
            public static create(properties?: runtime.v1.ILinuxSandboxSecurityContext): runtime.v1.LinuxSandboxSecurityContext;

            /**
             * Encodes the specified LinuxSandboxSecurityContext message. Does not implicitly {@link runtime.v1.LinuxSandboxSecurityContext.verify|verify} messages.
             * @param message LinuxSandboxSecurityContext message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.ILinuxSandboxSecurityContext, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LinuxSandboxSecurityContext message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns LinuxSandboxSecurityContext
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.LinuxSandboxSecurityContext;

            /**
             * Gets the default type url for LinuxSandboxSecurityContext
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a SecurityProfile. */
        interface ISecurityProfile {

            /** SecurityProfile profileType */
            profileType?: (runtime.v1.SecurityProfile.ProfileType|null);

            /** SecurityProfile localhostRef */
            localhostRef?: (string|null);
        }

        /** Represents a SecurityProfile. */
        class SecurityProfile implements ISecurityProfile {

            /**
             * Constructs a new SecurityProfile.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.ISecurityProfile);

            /** SecurityProfile profileType. */
            public profileType: runtime.v1.SecurityProfile.ProfileType;

            /** SecurityProfile localhostRef. */
            public localhostRef: string;

            /**
             * Creates a new SecurityProfile instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SecurityProfile instance
             */
            public static create(properties?: runtime.v1.ISecurityProfile): runtime.v1.SecurityProfile;

            /**
             * Encodes the specified SecurityProfile message. Does not implicitly {@link runtime.v1.SecurityProfile.verify|verify} messages.
             * @param message SecurityProfile message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.ISecurityProfile, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SecurityProfile message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns SecurityProfile
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.SecurityProfile;

            /**
             * Gets the default type url for SecurityProfile
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        namespace SecurityProfile {

            /** ProfileType enum. */
            enum ProfileType {
                RuntimeDefault = 0,
                Unconfined = 1,
                Localhost = 2
            }
        }

        /** Properties of a LinuxPodSandboxConfig. */
        interface ILinuxPodSandboxConfig {

            /** LinuxPodSandboxConfig cgroupParent */
            cgroupParent?: (string|null);

            /** LinuxPodSandboxConfig securityContext */
            securityContext?: (runtime.v1.ILinuxSandboxSecurityContext|null);

            /** LinuxPodSandboxConfig sysctls */
            sysctls?: ({ [k: string]: string }|null);

            /** LinuxPodSandboxConfig overhead */
            overhead?: (runtime.v1.ILinuxContainerResources|null);

            /** LinuxPodSandboxConfig resources */
            resources?: (runtime.v1.ILinuxContainerResources|null);
        }

        /** Represents a LinuxPodSandboxConfig. */
        class LinuxPodSandboxConfig implements ILinuxPodSandboxConfig {

            /**
             * Constructs a new LinuxPodSandboxConfig.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.ILinuxPodSandboxConfig);

            /** LinuxPodSandboxConfig cgroupParent. */
            public cgroupParent: string;

            /** LinuxPodSandboxConfig securityContext. */
            public securityContext?: (runtime.v1.ILinuxSandboxSecurityContext|null);

            /** LinuxPodSandboxConfig sysctls. */
            public sysctls: { [k: string]: string };

            /** LinuxPodSandboxConfig overhead. */
            public overhead?: (runtime.v1.ILinuxContainerResources|null);

            /** LinuxPodSandboxConfig resources. */
            public resources?: (runtime.v1.ILinuxContainerResources|null);

            /**
             * Creates a new LinuxPodSandboxConfig instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LinuxPodSandboxConfig instance
             */
            public static create(properties?: runtime.v1.ILinuxPodSandboxConfig): runtime.v1.LinuxPodSandboxConfig;

            /**
             * Encodes the specified LinuxPodSandboxConfig message. Does not implicitly {@link runtime.v1.LinuxPodSandboxConfig.verify|verify} messages.
             * @param message LinuxPodSandboxConfig message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.ILinuxPodSandboxConfig, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LinuxPodSandboxConfig message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns LinuxPodSandboxConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.LinuxPodSandboxConfig;

            /**
             * Gets the default type url for LinuxPodSandboxConfig
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a PodSandboxMetadata. */
        interface IPodSandboxMetadata {

            /** PodSandboxMetadata name */
            name?: (string|null);

            /** PodSandboxMetadata uid */
            uid?: (string|null);

            /** PodSandboxMetadata namespace */
            namespace?: (string|null);

            /** PodSandboxMetadata attempt */
            attempt?: (number|null);
        }

        /** Represents a PodSandboxMetadata. */
        class PodSandboxMetadata implements IPodSandboxMetadata {

            /**
             * Constructs a new PodSandboxMetadata.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IPodSandboxMetadata);

            /** PodSandboxMetadata name. */
            public name: string;

            /** PodSandboxMetadata uid. */
            public uid: string;

            /** PodSandboxMetadata namespace. */
            public namespace: string;

            /** PodSandboxMetadata attempt. */
            public attempt: number;

            /**
             * Creates a new PodSandboxMetadata instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PodSandboxMetadata instance
             */
            public static create(properties?: runtime.v1.IPodSandboxMetadata): runtime.v1.PodSandboxMetadata;

            /**
             * Encodes the specified PodSandboxMetadata message. Does not implicitly {@link runtime.v1.PodSandboxMetadata.verify|verify} messages.
             * @param message PodSandboxMetadata message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IPodSandboxMetadata, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PodSandboxMetadata message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns PodSandboxMetadata
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.PodSandboxMetadata;

            /**
             * Gets the default type url for PodSandboxMetadata
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a PodSandboxConfig. */
        interface IPodSandboxConfig {

            /** PodSandboxConfig metadata */
            metadata?: (runtime.v1.IPodSandboxMetadata|null);

            /** PodSandboxConfig hostname */
            hostname?: (string|null);

            /** PodSandboxConfig logDirectory */
            logDirectory?: (string|null);

            /** PodSandboxConfig dnsConfig */
            dnsConfig?: (runtime.v1.IDNSConfig|null);

            /** PodSandboxConfig portMappings */
            portMappings?: (runtime.v1.IPortMapping[]|null);

            /** PodSandboxConfig labels */
            labels?: ({ [k: string]: string }|null);

            /** PodSandboxConfig annotations */
            annotations?: ({ [k: string]: string }|null);

            /** PodSandboxConfig linux */
            linux?: (runtime.v1.ILinuxPodSandboxConfig|null);

            /** PodSandboxConfig windows */
            windows?: (runtime.v1.IWindowsPodSandboxConfig|null);
        }

        /** Represents a PodSandboxConfig. */
        class PodSandboxConfig implements IPodSandboxConfig {

            /**
             * Constructs a new PodSandboxConfig.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IPodSandboxConfig);

            /** PodSandboxConfig metadata. */
            public metadata?: (runtime.v1.IPodSandboxMetadata|null);

            /** PodSandboxConfig hostname. */
            public hostname: string;

            /** PodSandboxConfig logDirectory. */
            public logDirectory: string;

            /** PodSandboxConfig dnsConfig. */
            public dnsConfig?: (runtime.v1.IDNSConfig|null);

            /** PodSandboxConfig portMappings. */
            public portMappings: runtime.v1.IPortMapping[];

            /** PodSandboxConfig labels. */
            public labels: { [k: string]: string };

            /** PodSandboxConfig annotations. */
            public annotations: { [k: string]: string };

            /** PodSandboxConfig linux. */
            public linux?: (runtime.v1.ILinuxPodSandboxConfig|null);

            /** PodSandboxConfig windows. */
            public windows?: (runtime.v1.IWindowsPodSandboxConfig|null);

            /**
             * Creates a new PodSandboxConfig instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PodSandboxConfig instance
             */
            public static create(properties?: runtime.v1.IPodSandboxConfig): runtime.v1.PodSandboxConfig;

            /**
             * Encodes the specified PodSandboxConfig message. Does not implicitly {@link runtime.v1.PodSandboxConfig.verify|verify} messages.
             * @param message PodSandboxConfig message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IPodSandboxConfig, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PodSandboxConfig message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns PodSandboxConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.PodSandboxConfig;

            /**
             * Gets the default type url for PodSandboxConfig
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a RunPodSandboxRequest. */
        interface IRunPodSandboxRequest {

            /** RunPodSandboxRequest config */
            config?: (runtime.v1.IPodSandboxConfig|null);

            /** RunPodSandboxRequest runtimeHandler */
            runtimeHandler?: (string|null);
        }

        /** Represents a RunPodSandboxRequest. */
        class RunPodSandboxRequest implements IRunPodSandboxRequest {

            /**
             * Constructs a new RunPodSandboxRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IRunPodSandboxRequest);

            /** RunPodSandboxRequest config. */
            public config?: (runtime.v1.IPodSandboxConfig|null);

            /** RunPodSandboxRequest runtimeHandler. */
            public runtimeHandler: string;

            /**
             * Creates a new RunPodSandboxRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RunPodSandboxRequest instance
             */
            public static create(properties?: runtime.v1.IRunPodSandboxRequest): runtime.v1.RunPodSandboxRequest;

            /**
             * Encodes the specified RunPodSandboxRequest message. Does not implicitly {@link runtime.v1.RunPodSandboxRequest.verify|verify} messages.
             * @param message RunPodSandboxRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IRunPodSandboxRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RunPodSandboxRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns RunPodSandboxRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.RunPodSandboxRequest;

            /**
             * Gets the default type url for RunPodSandboxRequest
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a RunPodSandboxResponse. */
        interface IRunPodSandboxResponse {

            /** RunPodSandboxResponse podSandboxId */
            podSandboxId?: (string|null);
        }

        /** Represents a RunPodSandboxResponse. */
        class RunPodSandboxResponse implements IRunPodSandboxResponse {

            /**
             * Constructs a new RunPodSandboxResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IRunPodSandboxResponse);

            /** RunPodSandboxResponse podSandboxId. */
            public podSandboxId: string;

            /**
             * Creates a new RunPodSandboxResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RunPodSandboxResponse instance
             */
            public static create(properties?: runtime.v1.IRunPodSandboxResponse): runtime.v1.RunPodSandboxResponse;

            /**
             * Encodes the specified RunPodSandboxResponse message. Does not implicitly {@link runtime.v1.RunPodSandboxResponse.verify|verify} messages.
             * @param message RunPodSandboxResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IRunPodSandboxResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RunPodSandboxResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns RunPodSandboxResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.RunPodSandboxResponse;

            /**
             * Gets the default type url for RunPodSandboxResponse
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a StopPodSandboxRequest. */
        interface IStopPodSandboxRequest {

            /** StopPodSandboxRequest podSandboxId */
            podSandboxId?: (string|null);
        }

        /** Represents a StopPodSandboxRequest. */
        class StopPodSandboxRequest implements IStopPodSandboxRequest {

            /**
             * Constructs a new StopPodSandboxRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IStopPodSandboxRequest);

            /** StopPodSandboxRequest podSandboxId. */
            public podSandboxId: string;

            /**
             * Creates a new StopPodSandboxRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StopPodSandboxRequest instance
             */
            public static create(properties?: runtime.v1.IStopPodSandboxRequest): runtime.v1.StopPodSandboxRequest;

            /**
             * Encodes the specified StopPodSandboxRequest message. Does not implicitly {@link runtime.v1.StopPodSandboxRequest.verify|verify} messages.
             * @param message StopPodSandboxRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IStopPodSandboxRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StopPodSandboxRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns StopPodSandboxRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.StopPodSandboxRequest;

            /**
             * Gets the default type url for StopPodSandboxRequest
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a StopPodSandboxResponse. */
        interface IStopPodSandboxResponse {
        }

        /** Represents a StopPodSandboxResponse. */
        class StopPodSandboxResponse implements IStopPodSandboxResponse {

            /**
             * Constructs a new StopPodSandboxResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IStopPodSandboxResponse);

            /**
             * Creates a new StopPodSandboxResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StopPodSandboxResponse instance
             */
            public static create(properties?: runtime.v1.IStopPodSandboxResponse): runtime.v1.StopPodSandboxResponse;

            /**
             * Encodes the specified StopPodSandboxResponse message. Does not implicitly {@link runtime.v1.StopPodSandboxResponse.verify|verify} messages.
             * @param message StopPodSandboxResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IStopPodSandboxResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StopPodSandboxResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns StopPodSandboxResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.StopPodSandboxResponse;

            /**
             * Gets the default type url for StopPodSandboxResponse
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a RemovePodSandboxRequest. */
        interface IRemovePodSandboxRequest {

            /** RemovePodSandboxRequest podSandboxId */
            podSandboxId?: (string|null);
        }

        /** Represents a RemovePodSandboxRequest. */
        class RemovePodSandboxRequest implements IRemovePodSandboxRequest {

            /**
             * Constructs a new RemovePodSandboxRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IRemovePodSandboxRequest);

            /** RemovePodSandboxRequest podSandboxId. */
            public podSandboxId: string;

            /**
             * Creates a new RemovePodSandboxRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RemovePodSandboxRequest instance
             */
            public static create(properties?: runtime.v1.IRemovePodSandboxRequest): runtime.v1.RemovePodSandboxRequest;

            /**
             * Encodes the specified RemovePodSandboxRequest message. Does not implicitly {@link runtime.v1.RemovePodSandboxRequest.verify|verify} messages.
             * @param message RemovePodSandboxRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IRemovePodSandboxRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RemovePodSandboxRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns RemovePodSandboxRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.RemovePodSandboxRequest;

            /**
             * Gets the default type url for RemovePodSandboxRequest
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a RemovePodSandboxResponse. */
        interface IRemovePodSandboxResponse {
        }

        /** Represents a RemovePodSandboxResponse. */
        class RemovePodSandboxResponse implements IRemovePodSandboxResponse {

            /**
             * Constructs a new RemovePodSandboxResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IRemovePodSandboxResponse);

            /**
             * Creates a new RemovePodSandboxResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RemovePodSandboxResponse instance
             */
            public static create(properties?: runtime.v1.IRemovePodSandboxResponse): runtime.v1.RemovePodSandboxResponse;

            /**
             * Encodes the specified RemovePodSandboxResponse message. Does not implicitly {@link runtime.v1.RemovePodSandboxResponse.verify|verify} messages.
             * @param message RemovePodSandboxResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IRemovePodSandboxResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RemovePodSandboxResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns RemovePodSandboxResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.RemovePodSandboxResponse;

            /**
             * Gets the default type url for RemovePodSandboxResponse
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a PodSandboxStatusRequest. */
        interface IPodSandboxStatusRequest {

            /** PodSandboxStatusRequest podSandboxId */
            podSandboxId?: (string|null);

            /** PodSandboxStatusRequest verbose */
            verbose?: (boolean|null);
        }

        /** Represents a PodSandboxStatusRequest. */
        class PodSandboxStatusRequest implements IPodSandboxStatusRequest {

            /**
             * Constructs a new PodSandboxStatusRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IPodSandboxStatusRequest);

            /** PodSandboxStatusRequest podSandboxId. */
            public podSandboxId: string;

            /** PodSandboxStatusRequest verbose. */
            public verbose: boolean;

            /**
             * Creates a new PodSandboxStatusRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PodSandboxStatusRequest instance
             */
            public static create(properties?: runtime.v1.IPodSandboxStatusRequest): runtime.v1.PodSandboxStatusRequest;

            /**
             * Encodes the specified PodSandboxStatusRequest message. Does not implicitly {@link runtime.v1.PodSandboxStatusRequest.verify|verify} messages.
             * @param message PodSandboxStatusRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IPodSandboxStatusRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PodSandboxStatusRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns PodSandboxStatusRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.PodSandboxStatusRequest;

            /**
             * Gets the default type url for PodSandboxStatusRequest
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a PodIP. */
        interface IPodIP {

            /** PodIP ip */
            ip?: (string|null);
        }

        /** Represents a PodIP. */
        class PodIP implements IPodIP {

            /**
             * Constructs a new PodIP.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IPodIP);

            /** PodIP ip. */
            public ip: string;

            /**
             * Creates a new PodIP instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PodIP instance
             */
            public static create(properties?: runtime.v1.IPodIP): runtime.v1.PodIP;

            /**
             * Encodes the specified PodIP message. Does not implicitly {@link runtime.v1.PodIP.verify|verify} messages.
             * @param message PodIP message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IPodIP, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PodIP message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns PodIP
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.PodIP;

            /**
             * Gets the default type url for PodIP
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a PodSandboxNetworkStatus. */
        interface IPodSandboxNetworkStatus {

            /** PodSandboxNetworkStatus ip */
            ip?: (string|null);

            /** PodSandboxNetworkStatus additionalIps */
            additionalIps?: (runtime.v1.IPodIP[]|null);
        }

        /** Represents a PodSandboxNetworkStatus. */
        class PodSandboxNetworkStatus implements IPodSandboxNetworkStatus {

            /**
             * Constructs a new PodSandboxNetworkStatus.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IPodSandboxNetworkStatus);

            /** PodSandboxNetworkStatus ip. */
            public ip: string;

            /** PodSandboxNetworkStatus additionalIps. */
            public additionalIps: runtime.v1.IPodIP[];

            /**
             * Creates a new PodSandboxNetworkStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PodSandboxNetworkStatus instance
             */
            public static create(properties?: runtime.v1.IPodSandboxNetworkStatus): runtime.v1.PodSandboxNetworkStatus;

            /**
             * Encodes the specified PodSandboxNetworkStatus message. Does not implicitly {@link runtime.v1.PodSandboxNetworkStatus.verify|verify} messages.
             * @param message PodSandboxNetworkStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IPodSandboxNetworkStatus, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PodSandboxNetworkStatus message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns PodSandboxNetworkStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.PodSandboxNetworkStatus;

            /**
             * Gets the default type url for PodSandboxNetworkStatus
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a Namespace. */
        interface INamespace {

            /** Namespace options */
            options?: (runtime.v1.INamespaceOption|null);
        }

        /** Represents a Namespace. */
        class Namespace implements INamespace {

            /**
             * Constructs a new Namespace.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.INamespace);

            /** Namespace options. */
            public options?: (runtime.v1.INamespaceOption|null);

            /**
             * Creates a new Namespace instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Namespace instance
             */
            public static create(properties?: runtime.v1.INamespace): runtime.v1.Namespace;

            /**
             * Encodes the specified Namespace message. Does not implicitly {@link runtime.v1.Namespace.verify|verify} messages.
             * @param message Namespace message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.INamespace, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Namespace message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Namespace
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.Namespace;

            /**
             * Gets the default type url for Namespace
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a LinuxPodSandboxStatus. */
        interface ILinuxPodSandboxStatus {

            /** LinuxPodSandboxStatus namespaces */
            namespaces?: (runtime.v1.INamespace|null);
        }

        /** Represents a LinuxPodSandboxStatus. */
        class LinuxPodSandboxStatus implements ILinuxPodSandboxStatus {

            /**
             * Constructs a new LinuxPodSandboxStatus.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.ILinuxPodSandboxStatus);

            /** LinuxPodSandboxStatus namespaces. */
            public namespaces?: (runtime.v1.INamespace|null);

            /**
             * Creates a new LinuxPodSandboxStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LinuxPodSandboxStatus instance
             */
            public static create(properties?: runtime.v1.ILinuxPodSandboxStatus): runtime.v1.LinuxPodSandboxStatus;

            /**
             * Encodes the specified LinuxPodSandboxStatus message. Does not implicitly {@link runtime.v1.LinuxPodSandboxStatus.verify|verify} messages.
             * @param message LinuxPodSandboxStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.ILinuxPodSandboxStatus, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LinuxPodSandboxStatus message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns LinuxPodSandboxStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.LinuxPodSandboxStatus;

            /**
             * Gets the default type url for LinuxPodSandboxStatus
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** PodSandboxState enum. */
        enum PodSandboxState {
            SANDBOX_READY = 0,
            SANDBOX_NOTREADY = 1
        }

        /** Properties of a PodSandboxStatus. */
        interface IPodSandboxStatus {

            /** PodSandboxStatus id */
            id?: (string|null);

            /** PodSandboxStatus metadata */
            metadata?: (runtime.v1.IPodSandboxMetadata|null);

            /** PodSandboxStatus state */
            state?: (runtime.v1.PodSandboxState|null);

            /** PodSandboxStatus createdAt */
            createdAt?: (number|null);

            /** PodSandboxStatus network */
            network?: (runtime.v1.IPodSandboxNetworkStatus|null);

            /** PodSandboxStatus linux */
            linux?: (runtime.v1.ILinuxPodSandboxStatus|null);

            /** PodSandboxStatus labels */
            labels?: ({ [k: string]: string }|null);

            /** PodSandboxStatus annotations */
            annotations?: ({ [k: string]: string }|null);

            /** PodSandboxStatus runtimeHandler */
            runtimeHandler?: (string|null);
        }

        /** Represents a PodSandboxStatus. */
        class PodSandboxStatus implements IPodSandboxStatus {

            /**
             * Constructs a new PodSandboxStatus.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IPodSandboxStatus);

            /** PodSandboxStatus id. */
            public id: string;

            /** PodSandboxStatus metadata. */
            public metadata?: (runtime.v1.IPodSandboxMetadata|null);

            /** PodSandboxStatus state. */
            public state: runtime.v1.PodSandboxState;

            /** PodSandboxStatus createdAt. */
            public createdAt: number;

            /** PodSandboxStatus network. */
            public network?: (runtime.v1.IPodSandboxNetworkStatus|null);

            /** PodSandboxStatus linux. */
            public linux?: (runtime.v1.ILinuxPodSandboxStatus|null);

            /** PodSandboxStatus labels. */
            public labels: { [k: string]: string };

            /** PodSandboxStatus annotations. */
            public annotations: { [k: string]: string };

            /** PodSandboxStatus runtimeHandler. */
            public runtimeHandler: string;

            /**
             * Creates a new PodSandboxStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PodSandboxStatus instance
             */
            public static create(properties?: runtime.v1.IPodSandboxStatus): runtime.v1.PodSandboxStatus;

            /**
             * Encodes the specified PodSandboxStatus message. Does not implicitly {@link runtime.v1.PodSandboxStatus.verify|verify} messages.
             * @param message PodSandboxStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IPodSandboxStatus, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PodSandboxStatus message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns PodSandboxStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.PodSandboxStatus;

            /**
             * Gets the default type url for PodSandboxStatus
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a PodSandboxStatusResponse. */
        interface IPodSandboxStatusResponse {

            /** PodSandboxStatusResponse status */
            status?: (runtime.v1.IPodSandboxStatus|null);

            /** PodSandboxStatusResponse info */
            info?: ({ [k: string]: string }|null);
        }

        /** Represents a PodSandboxStatusResponse. */
        class PodSandboxStatusResponse implements IPodSandboxStatusResponse {

            /**
             * Constructs a new PodSandboxStatusResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IPodSandboxStatusResponse);

            /** PodSandboxStatusResponse status. */
            public status?: (runtime.v1.IPodSandboxStatus|null);

            /** PodSandboxStatusResponse info. */
            public info: { [k: string]: string };

            /**
             * Creates a new PodSandboxStatusResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PodSandboxStatusResponse instance
             */
            public static create(properties?: runtime.v1.IPodSandboxStatusResponse): runtime.v1.PodSandboxStatusResponse;

            /**
             * Encodes the specified PodSandboxStatusResponse message. Does not implicitly {@link runtime.v1.PodSandboxStatusResponse.verify|verify} messages.
             * @param message PodSandboxStatusResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IPodSandboxStatusResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PodSandboxStatusResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns PodSandboxStatusResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.PodSandboxStatusResponse;

            /**
             * Gets the default type url for PodSandboxStatusResponse
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a PodSandboxStateValue. */
        interface IPodSandboxStateValue {

            /** PodSandboxStateValue state */
            state?: (runtime.v1.PodSandboxState|null);
        }

        /** Represents a PodSandboxStateValue. */
        class PodSandboxStateValue implements IPodSandboxStateValue {

            /**
             * Constructs a new PodSandboxStateValue.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IPodSandboxStateValue);

            /** PodSandboxStateValue state. */
            public state: runtime.v1.PodSandboxState;

            /**
             * Creates a new PodSandboxStateValue instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PodSandboxStateValue instance
             */
            public static create(properties?: runtime.v1.IPodSandboxStateValue): runtime.v1.PodSandboxStateValue;

            /**
             * Encodes the specified PodSandboxStateValue message. Does not implicitly {@link runtime.v1.PodSandboxStateValue.verify|verify} messages.
             * @param message PodSandboxStateValue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IPodSandboxStateValue, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PodSandboxStateValue message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns PodSandboxStateValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.PodSandboxStateValue;

            /**
             * Gets the default type url for PodSandboxStateValue
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a PodSandboxFilter. */
        interface IPodSandboxFilter {

            /** PodSandboxFilter id */
            id?: (string|null);

            /** PodSandboxFilter state */
            state?: (runtime.v1.IPodSandboxStateValue|null);

            /** PodSandboxFilter labelSelector */
            labelSelector?: ({ [k: string]: string }|null);
        }

        /** Represents a PodSandboxFilter. */
        class PodSandboxFilter implements IPodSandboxFilter {

            /**
             * Constructs a new PodSandboxFilter.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IPodSandboxFilter);

            /** PodSandboxFilter id. */
            public id: string;

            /** PodSandboxFilter state. */
            public state?: (runtime.v1.IPodSandboxStateValue|null);

            /** PodSandboxFilter labelSelector. */
            public labelSelector: { [k: string]: string };

            /**
             * Creates a new PodSandboxFilter instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PodSandboxFilter instance
             */
            public static create(properties?: runtime.v1.IPodSandboxFilter): runtime.v1.PodSandboxFilter;

            /**
             * Encodes the specified PodSandboxFilter message. Does not implicitly {@link runtime.v1.PodSandboxFilter.verify|verify} messages.
             * @param message PodSandboxFilter message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IPodSandboxFilter, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PodSandboxFilter message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns PodSandboxFilter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.PodSandboxFilter;

            /**
             * Gets the default type url for PodSandboxFilter
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a ListPodSandboxRequest. */
        interface IListPodSandboxRequest {

            /** ListPodSandboxRequest filter */
            filter?: (runtime.v1.IPodSandboxFilter|null);
        }

        /** Represents a ListPodSandboxRequest. */
        class ListPodSandboxRequest implements IListPodSandboxRequest {

            /**
             * Constructs a new ListPodSandboxRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IListPodSandboxRequest);

            /** ListPodSandboxRequest filter. */
            public filter?: (runtime.v1.IPodSandboxFilter|null);

            /**
             * Creates a new ListPodSandboxRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListPodSandboxRequest instance
             */
            public static create(properties?: runtime.v1.IListPodSandboxRequest): runtime.v1.ListPodSandboxRequest;

            /**
             * Encodes the specified ListPodSandboxRequest message. Does not implicitly {@link runtime.v1.ListPodSandboxRequest.verify|verify} messages.
             * @param message ListPodSandboxRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IListPodSandboxRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListPodSandboxRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ListPodSandboxRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.ListPodSandboxRequest;

            /**
             * Gets the default type url for ListPodSandboxRequest
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a PodSandbox. */
        interface IPodSandbox {

            /** PodSandbox id */
            id?: (string|null);

            /** PodSandbox metadata */
            metadata?: (runtime.v1.IPodSandboxMetadata|null);

            /** PodSandbox state */
            state?: (runtime.v1.PodSandboxState|null);

            /** PodSandbox createdAt */
            createdAt?: (number|null);

            /** PodSandbox labels */
            labels?: ({ [k: string]: string }|null);

            /** PodSandbox annotations */
            annotations?: ({ [k: string]: string }|null);

            /** PodSandbox runtimeHandler */
            runtimeHandler?: (string|null);
        }

        /** Represents a PodSandbox. */
        class PodSandbox implements IPodSandbox {

            /**
             * Constructs a new PodSandbox.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IPodSandbox);

            /** PodSandbox id. */
            public id: string;

            /** PodSandbox metadata. */
            public metadata?: (runtime.v1.IPodSandboxMetadata|null);

            /** PodSandbox state. */
            public state: runtime.v1.PodSandboxState;

            /** PodSandbox createdAt. */
            public createdAt: number;

            /** PodSandbox labels. */
            public labels: { [k: string]: string };

            /** PodSandbox annotations. */
            public annotations: { [k: string]: string };

            /** PodSandbox runtimeHandler. */
            public runtimeHandler: string;

            /**
             * Creates a new PodSandbox instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PodSandbox instance
             */
            public static create(properties?: runtime.v1.IPodSandbox): runtime.v1.PodSandbox;

            /**
             * Encodes the specified PodSandbox message. Does not implicitly {@link runtime.v1.PodSandbox.verify|verify} messages.
             * @param message PodSandbox message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IPodSandbox, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PodSandbox message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns PodSandbox
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.PodSandbox;

            /**
             * Gets the default type url for PodSandbox
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a ListPodSandboxResponse. */
        interface IListPodSandboxResponse {

            /** ListPodSandboxResponse items */
            items?: (runtime.v1.IPodSandbox[]|null);
        }

        /** Represents a ListPodSandboxResponse. */
        class ListPodSandboxResponse implements IListPodSandboxResponse {

            /**
             * Constructs a new ListPodSandboxResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IListPodSandboxResponse);

            /** ListPodSandboxResponse items. */
            public items: runtime.v1.IPodSandbox[];

            /**
             * Creates a new ListPodSandboxResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListPodSandboxResponse instance
             */
            public static create(properties?: runtime.v1.IListPodSandboxResponse): runtime.v1.ListPodSandboxResponse;

            /**
             * Encodes the specified ListPodSandboxResponse message. Does not implicitly {@link runtime.v1.ListPodSandboxResponse.verify|verify} messages.
             * @param message ListPodSandboxResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IListPodSandboxResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListPodSandboxResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ListPodSandboxResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.ListPodSandboxResponse;

            /**
             * Gets the default type url for ListPodSandboxResponse
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an ImageSpec. */
        interface IImageSpec {

            /** ImageSpec image */
            image?: (string|null);

            /** ImageSpec annotations */
            annotations?: ({ [k: string]: string }|null);
        }

        /** Represents an ImageSpec. */
        class ImageSpec implements IImageSpec {

            /**
             * Constructs a new ImageSpec.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IImageSpec);

            /** ImageSpec image. */
            public image: string;

            /** ImageSpec annotations. */
            public annotations: { [k: string]: string };

            /**
             * Creates a new ImageSpec instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ImageSpec instance
             */
            public static create(properties?: runtime.v1.IImageSpec): runtime.v1.ImageSpec;

            /**
             * Encodes the specified ImageSpec message. Does not implicitly {@link runtime.v1.ImageSpec.verify|verify} messages.
             * @param message ImageSpec message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IImageSpec, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ImageSpec message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ImageSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.ImageSpec;

            /**
             * Gets the default type url for ImageSpec
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a KeyValue. */
        interface IKeyValue {

            /** KeyValue key */
            key?: (string|null);

            /** KeyValue value */
            value?: (string|null);
        }

        /** Represents a KeyValue. */
        class KeyValue implements IKeyValue {

            /**
             * Constructs a new KeyValue.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IKeyValue);

            /** KeyValue key. */
            public key: string;

            /** KeyValue value. */
            public value: string;

            /**
             * Creates a new KeyValue instance using the specified properties.
             * @param [properties] Properties to set
             * @returns KeyValue instance
             */
            public static create(properties?: runtime.v1.IKeyValue): runtime.v1.KeyValue;

            /**
             * Encodes the specified KeyValue message. Does not implicitly {@link runtime.v1.KeyValue.verify|verify} messages.
             * @param message KeyValue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IKeyValue, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a KeyValue message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns KeyValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.KeyValue;

            /**
             * Gets the default type url for KeyValue
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a LinuxContainerResources. */
        interface ILinuxContainerResources {

            /** LinuxContainerResources cpuPeriod */
            cpuPeriod?: (number|null);

            /** LinuxContainerResources cpuQuota */
            cpuQuota?: (number|null);

            /** LinuxContainerResources cpuShares */
            cpuShares?: (number|null);

            /** LinuxContainerResources memoryLimitInBytes */
            memoryLimitInBytes?: (number|null);

            /** LinuxContainerResources oomScoreAdj */
            oomScoreAdj?: (number|null);

            /** LinuxContainerResources cpusetCpus */
            cpusetCpus?: (string|null);

            /** LinuxContainerResources cpusetMems */
            cpusetMems?: (string|null);

            /** LinuxContainerResources hugepageLimits */
            hugepageLimits?: (runtime.v1.IHugepageLimit[]|null);

            /** LinuxContainerResources unified */
            unified?: ({ [k: string]: string }|null);

            /** LinuxContainerResources memorySwapLimitInBytes */
            memorySwapLimitInBytes?: (number|null);
        }

        /** Represents a LinuxContainerResources. */
        class LinuxContainerResources implements ILinuxContainerResources {

            /**
             * Constructs a new LinuxContainerResources.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.ILinuxContainerResources);

            /** LinuxContainerResources cpuPeriod. */
            public cpuPeriod: number;

            /** LinuxContainerResources cpuQuota. */
            public cpuQuota: number;

            /** LinuxContainerResources cpuShares. */
            public cpuShares: number;

            /** LinuxContainerResources memoryLimitInBytes. */
            public memoryLimitInBytes: number;

            /** LinuxContainerResources oomScoreAdj. */
            public oomScoreAdj: number;

            /** LinuxContainerResources cpusetCpus. */
            public cpusetCpus: string;

            /** LinuxContainerResources cpusetMems. */
            public cpusetMems: string;

            /** LinuxContainerResources hugepageLimits. */
            public hugepageLimits: runtime.v1.IHugepageLimit[];

            /** LinuxContainerResources unified. */
            public unified: { [k: string]: string };

            /** LinuxContainerResources memorySwapLimitInBytes. */
            public memorySwapLimitInBytes: number;

            /**
             * Creates a new LinuxContainerResources instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LinuxContainerResources instance
             */
            public static create(properties?: runtime.v1.ILinuxContainerResources): runtime.v1.LinuxContainerResources;

            /**
             * Encodes the specified LinuxContainerResources message. Does not implicitly {@link runtime.v1.LinuxContainerResources.verify|verify} messages.
             * @param message LinuxContainerResources message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.ILinuxContainerResources, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LinuxContainerResources message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns LinuxContainerResources
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.LinuxContainerResources;

            /**
             * Gets the default type url for LinuxContainerResources
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a HugepageLimit. */
        interface IHugepageLimit {

            /** HugepageLimit pageSize */
            pageSize?: (string|null);

            /** HugepageLimit limit */
            limit?: (number|null);
        }

        /** Represents a HugepageLimit. */
        class HugepageLimit implements IHugepageLimit {

            /**
             * Constructs a new HugepageLimit.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IHugepageLimit);

            /** HugepageLimit pageSize. */
            public pageSize: string;

            /** HugepageLimit limit. */
            public limit: number;

            /**
             * Creates a new HugepageLimit instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HugepageLimit instance
             */
            public static create(properties?: runtime.v1.IHugepageLimit): runtime.v1.HugepageLimit;

            /**
             * Encodes the specified HugepageLimit message. Does not implicitly {@link runtime.v1.HugepageLimit.verify|verify} messages.
             * @param message HugepageLimit message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IHugepageLimit, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HugepageLimit message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns HugepageLimit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.HugepageLimit;

            /**
             * Gets the default type url for HugepageLimit
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a SELinuxOption. */
        interface ISELinuxOption {

            /** SELinuxOption user */
            user?: (string|null);

            /** SELinuxOption role */
            role?: (string|null);

            /** SELinuxOption type */
            type?: (string|null);

            /** SELinuxOption level */
            level?: (string|null);
        }

        /** Represents a SELinuxOption. */
        class SELinuxOption implements ISELinuxOption {

            /**
             * Constructs a new SELinuxOption.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.ISELinuxOption);

            /** SELinuxOption user. */
            public user: string;

            /** SELinuxOption role. */
            public role: string;

            /** SELinuxOption type. */
            public type: string;

            /** SELinuxOption level. */
            public level: string;

            /**
             * Creates a new SELinuxOption instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SELinuxOption instance
             */
            public static create(properties?: runtime.v1.ISELinuxOption): runtime.v1.SELinuxOption;

            /**
             * Encodes the specified SELinuxOption message. Does not implicitly {@link runtime.v1.SELinuxOption.verify|verify} messages.
             * @param message SELinuxOption message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.ISELinuxOption, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SELinuxOption message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns SELinuxOption
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.SELinuxOption;

            /**
             * Gets the default type url for SELinuxOption
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a Capability. */
        interface ICapability {

            /** Capability addCapabilities */
            addCapabilities?: (string[]|null);

            /** Capability dropCapabilities */
            dropCapabilities?: (string[]|null);

            /** Capability addAmbientCapabilities */
            addAmbientCapabilities?: (string[]|null);
        }

        /** Represents a Capability. */
        class Capability implements ICapability {

            /**
             * Constructs a new Capability.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.ICapability);

            /** Capability addCapabilities. */
            public addCapabilities: string[];

            /** Capability dropCapabilities. */
            public dropCapabilities: string[];

            /** Capability addAmbientCapabilities. */
            public addAmbientCapabilities: string[];

            /**
             * Creates a new Capability instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Capability instance
             */
            public static create(properties?: runtime.v1.ICapability): runtime.v1.Capability;

            /**
             * Encodes the specified Capability message. Does not implicitly {@link runtime.v1.Capability.verify|verify} messages.
             * @param message Capability message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.ICapability, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Capability message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Capability
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.Capability;

            /**
             * Gets the default type url for Capability
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a LinuxContainerSecurityContext. */
        interface ILinuxContainerSecurityContext {

            /** LinuxContainerSecurityContext capabilities */
            capabilities?: (runtime.v1.ICapability|null);

            /** LinuxContainerSecurityContext privileged */
            privileged?: (boolean|null);

            /** LinuxContainerSecurityContext namespaceOptions */
            namespaceOptions?: (runtime.v1.INamespaceOption|null);

            /** LinuxContainerSecurityContext selinuxOptions */
            selinuxOptions?: (runtime.v1.ISELinuxOption|null);

            /** LinuxContainerSecurityContext runAsUser */
            runAsUser?: (runtime.v1.IInt64Value|null);

            /** LinuxContainerSecurityContext runAsGroup */
            runAsGroup?: (runtime.v1.IInt64Value|null);

            /** LinuxContainerSecurityContext runAsUsername */
            runAsUsername?: (string|null);

            /** LinuxContainerSecurityContext readonlyRootfs */
            readonlyRootfs?: (boolean|null);

            /** LinuxContainerSecurityContext supplementalGroups */
            supplementalGroups?: (number[]|null);

            /** LinuxContainerSecurityContext noNewPrivs */
            noNewPrivs?: (boolean|null);

            /** LinuxContainerSecurityContext maskedPaths */
            maskedPaths?: (string[]|null);

            /** LinuxContainerSecurityContext readonlyPaths */
            readonlyPaths?: (string[]|null);

            /** LinuxContainerSecurityContext seccomp */
            seccomp?: (runtime.v1.ISecurityProfile|null);

            /** LinuxContainerSecurityContext apparmor */
            apparmor?: (runtime.v1.ISecurityProfile|null);

            /** LinuxContainerSecurityContext apparmorProfile */
            apparmorProfile?: (string|null);

            /** LinuxContainerSecurityContext seccompProfilePath */
            seccompProfilePath?: (string|null);
        }

        /** Represents a LinuxContainerSecurityContext. */
        class LinuxContainerSecurityContext implements ILinuxContainerSecurityContext {

            /**
             * Constructs a new LinuxContainerSecurityContext.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.ILinuxContainerSecurityContext);

            /** LinuxContainerSecurityContext capabilities. */
            public capabilities?: (runtime.v1.ICapability|null);

            /** LinuxContainerSecurityContext privileged. */
            public privileged: boolean;

            /** LinuxContainerSecurityContext namespaceOptions. */
            public namespaceOptions?: (runtime.v1.INamespaceOption|null);

            /** LinuxContainerSecurityContext selinuxOptions. */
            public selinuxOptions?: (runtime.v1.ISELinuxOption|null);

            /** LinuxContainerSecurityContext runAsUser. */
            public runAsUser?: (runtime.v1.IInt64Value|null);

            /** LinuxContainerSecurityContext runAsGroup. */
            public runAsGroup?: (runtime.v1.IInt64Value|null);

            /** LinuxContainerSecurityContext runAsUsername. */
            public runAsUsername: string;

            /** LinuxContainerSecurityContext readonlyRootfs. */
            public readonlyRootfs: boolean;

            /** LinuxContainerSecurityContext supplementalGroups. */
            public supplementalGroups: number[];

            /** LinuxContainerSecurityContext noNewPrivs. */
            public noNewPrivs: boolean;

            /** LinuxContainerSecurityContext maskedPaths. */
            public maskedPaths: string[];

            /** LinuxContainerSecurityContext readonlyPaths. */
            public readonlyPaths: string[];

            /** LinuxContainerSecurityContext seccomp. */
            public seccomp?: (runtime.v1.ISecurityProfile|null);

            /** LinuxContainerSecurityContext apparmor. */
            public apparmor?: (runtime.v1.ISecurityProfile|null);

            /** LinuxContainerSecurityContext apparmorProfile. */
            public apparmorProfile: string;

            /** LinuxContainerSecurityContext seccompProfilePath. */
            public seccompProfilePath: string;

            /**
             * Creates a new LinuxContainerSecurityContext instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LinuxContainerSecurityContext instance
             */
            public static create(properties?: runtime.v1.ILinuxContainerSecurityContext): runtime.v1.LinuxContainerSecurityContext;

            /**
             * Encodes the specified LinuxContainerSecurityContext message. Does not implicitly {@link runtime.v1.LinuxContainerSecurityContext.verify|verify} messages.
             * @param message LinuxContainerSecurityContext message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.ILinuxContainerSecurityContext, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LinuxContainerSecurityContext message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns LinuxContainerSecurityContext
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.LinuxContainerSecurityContext;

            /**
             * Gets the default type url for LinuxContainerSecurityContext
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a LinuxContainerConfig. */
        interface ILinuxContainerConfig {

            /** LinuxContainerConfig resources */
            resources?: (runtime.v1.ILinuxContainerResources|null);

            /** LinuxContainerConfig securityContext */
            securityContext?: (runtime.v1.ILinuxContainerSecurityContext|null);
        }

        /** Represents a LinuxContainerConfig. */
        class LinuxContainerConfig implements ILinuxContainerConfig {

            /**
             * Constructs a new LinuxContainerConfig.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.ILinuxContainerConfig);

            /** LinuxContainerConfig resources. */
            public resources?: (runtime.v1.ILinuxContainerResources|null);

            /** LinuxContainerConfig securityContext. */
            public securityContext?: (runtime.v1.ILinuxContainerSecurityContext|null);

            /**
             * Creates a new LinuxContainerConfig instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LinuxContainerConfig instance
             */
            public static create(properties?: runtime.v1.ILinuxContainerConfig): runtime.v1.LinuxContainerConfig;

            /**
             * Encodes the specified LinuxContainerConfig message. Does not implicitly {@link runtime.v1.LinuxContainerConfig.verify|verify} messages.
             * @param message LinuxContainerConfig message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.ILinuxContainerConfig, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LinuxContainerConfig message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns LinuxContainerConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.LinuxContainerConfig;

            /**
             * Gets the default type url for LinuxContainerConfig
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a WindowsSandboxSecurityContext. */
        interface IWindowsSandboxSecurityContext {

            /** WindowsSandboxSecurityContext runAsUsername */
            runAsUsername?: (string|null);

            /** WindowsSandboxSecurityContext credentialSpec */
            credentialSpec?: (string|null);

            /** WindowsSandboxSecurityContext hostProcess */
            hostProcess?: (boolean|null);
        }

        /** Represents a WindowsSandboxSecurityContext. */
        class WindowsSandboxSecurityContext implements IWindowsSandboxSecurityContext {

            /**
             * Constructs a new WindowsSandboxSecurityContext.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IWindowsSandboxSecurityContext);

            /** WindowsSandboxSecurityContext runAsUsername. */
            public runAsUsername: string;

            /** WindowsSandboxSecurityContext credentialSpec. */
            public credentialSpec: string;

            /** WindowsSandboxSecurityContext hostProcess. */
            public hostProcess: boolean;

            /**
             * Creates a new WindowsSandboxSecurityContext instance using the specified properties.
             * @param [properties] Properties to set
             * @returns WindowsSandboxSecurityContext instance
             */
            public static create(properties?: runtime.v1.IWindowsSandboxSecurityContext): runtime.v1.WindowsSandboxSecurityContext;

            /**
             * Encodes the specified WindowsSandboxSecurityContext message. Does not implicitly {@link runtime.v1.WindowsSandboxSecurityContext.verify|verify} messages.
             * @param message WindowsSandboxSecurityContext message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IWindowsSandboxSecurityContext, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a WindowsSandboxSecurityContext message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns WindowsSandboxSecurityContext
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.WindowsSandboxSecurityContext;

            /**
             * Gets the default type url for WindowsSandboxSecurityContext
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a WindowsPodSandboxConfig. */
        interface IWindowsPodSandboxConfig {

            /** WindowsPodSandboxConfig securityContext */
            securityContext?: (runtime.v1.IWindowsSandboxSecurityContext|null);
        }

        /** Represents a WindowsPodSandboxConfig. */
        class WindowsPodSandboxConfig implements IWindowsPodSandboxConfig {

            /**
             * Constructs a new WindowsPodSandboxConfig.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IWindowsPodSandboxConfig);

            /** WindowsPodSandboxConfig securityContext. */
            public securityContext?: (runtime.v1.IWindowsSandboxSecurityContext|null);

            /**
             * Creates a new WindowsPodSandboxConfig instance using the specified properties.
             * @param [properties] Properties to set
             * @returns WindowsPodSandboxConfig instance
             */
            public static create(properties?: runtime.v1.IWindowsPodSandboxConfig): runtime.v1.WindowsPodSandboxConfig;

            /**
             * Encodes the specified WindowsPodSandboxConfig message. Does not implicitly {@link runtime.v1.WindowsPodSandboxConfig.verify|verify} messages.
             * @param message WindowsPodSandboxConfig message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IWindowsPodSandboxConfig, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a WindowsPodSandboxConfig message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns WindowsPodSandboxConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.WindowsPodSandboxConfig;

            /**
             * Gets the default type url for WindowsPodSandboxConfig
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a WindowsContainerSecurityContext. */
        interface IWindowsContainerSecurityContext {

            /** WindowsContainerSecurityContext runAsUsername */
            runAsUsername?: (string|null);

            /** WindowsContainerSecurityContext credentialSpec */
            credentialSpec?: (string|null);

            /** WindowsContainerSecurityContext hostProcess */
            hostProcess?: (boolean|null);
        }

        /** Represents a WindowsContainerSecurityContext. */
        class WindowsContainerSecurityContext implements IWindowsContainerSecurityContext {

            /**
             * Constructs a new WindowsContainerSecurityContext.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IWindowsContainerSecurityContext);

            /** WindowsContainerSecurityContext runAsUsername. */
            public runAsUsername: string;

            /** WindowsContainerSecurityContext credentialSpec. */
            public credentialSpec: string;

            /** WindowsContainerSecurityContext hostProcess. */
            public hostProcess: boolean;

            /**
             * Creates a new WindowsContainerSecurityContext instance using the specified properties.
             * @param [properties] Properties to set
             * @returns WindowsContainerSecurityContext instance
             */
            public static create(properties?: runtime.v1.IWindowsContainerSecurityContext): runtime.v1.WindowsContainerSecurityContext;

            /**
             * Encodes the specified WindowsContainerSecurityContext message. Does not implicitly {@link runtime.v1.WindowsContainerSecurityContext.verify|verify} messages.
             * @param message WindowsContainerSecurityContext message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IWindowsContainerSecurityContext, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a WindowsContainerSecurityContext message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns WindowsContainerSecurityContext
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.WindowsContainerSecurityContext;

            /**
             * Gets the default type url for WindowsContainerSecurityContext
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a WindowsContainerConfig. */
        interface IWindowsContainerConfig {

            /** WindowsContainerConfig resources */
            resources?: (runtime.v1.IWindowsContainerResources|null);

            /** WindowsContainerConfig securityContext */
            securityContext?: (runtime.v1.IWindowsContainerSecurityContext|null);
        }

        /** Represents a WindowsContainerConfig. */
        class WindowsContainerConfig implements IWindowsContainerConfig {

            /**
             * Constructs a new WindowsContainerConfig.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IWindowsContainerConfig);

            /** WindowsContainerConfig resources. */
            public resources?: (runtime.v1.IWindowsContainerResources|null);

            /** WindowsContainerConfig securityContext. */
            public securityContext?: (runtime.v1.IWindowsContainerSecurityContext|null);

            /**
             * Creates a new WindowsContainerConfig instance using the specified properties.
             * @param [properties] Properties to set
             * @returns WindowsContainerConfig instance
             */
            public static create(properties?: runtime.v1.IWindowsContainerConfig): runtime.v1.WindowsContainerConfig;

            /**
             * Encodes the specified WindowsContainerConfig message. Does not implicitly {@link runtime.v1.WindowsContainerConfig.verify|verify} messages.
             * @param message WindowsContainerConfig message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IWindowsContainerConfig, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a WindowsContainerConfig message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns WindowsContainerConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.WindowsContainerConfig;

            /**
             * Gets the default type url for WindowsContainerConfig
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a WindowsContainerResources. */
        interface IWindowsContainerResources {

            /** WindowsContainerResources cpuShares */
            cpuShares?: (number|null);

            /** WindowsContainerResources cpuCount */
            cpuCount?: (number|null);

            /** WindowsContainerResources cpuMaximum */
            cpuMaximum?: (number|null);

            /** WindowsContainerResources memoryLimitInBytes */
            memoryLimitInBytes?: (number|null);

            /** WindowsContainerResources rootfsSizeInBytes */
            rootfsSizeInBytes?: (number|null);
        }

        /** Represents a WindowsContainerResources. */
        class WindowsContainerResources implements IWindowsContainerResources {

            /**
             * Constructs a new WindowsContainerResources.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IWindowsContainerResources);

            /** WindowsContainerResources cpuShares. */
            public cpuShares: number;

            /** WindowsContainerResources cpuCount. */
            public cpuCount: number;

            /** WindowsContainerResources cpuMaximum. */
            public cpuMaximum: number;

            /** WindowsContainerResources memoryLimitInBytes. */
            public memoryLimitInBytes: number;

            /** WindowsContainerResources rootfsSizeInBytes. */
            public rootfsSizeInBytes: number;

            /**
             * Creates a new WindowsContainerResources instance using the specified properties.
             * @param [properties] Properties to set
             * @returns WindowsContainerResources instance
             */
            public static create(properties?: runtime.v1.IWindowsContainerResources): runtime.v1.WindowsContainerResources;

            /**
             * Encodes the specified WindowsContainerResources message. Does not implicitly {@link runtime.v1.WindowsContainerResources.verify|verify} messages.
             * @param message WindowsContainerResources message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IWindowsContainerResources, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a WindowsContainerResources message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns WindowsContainerResources
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.WindowsContainerResources;

            /**
             * Gets the default type url for WindowsContainerResources
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a ContainerMetadata. */
        interface IContainerMetadata {

            /** ContainerMetadata name */
            name?: (string|null);

            /** ContainerMetadata attempt */
            attempt?: (number|null);
        }

        /** Represents a ContainerMetadata. */
        class ContainerMetadata implements IContainerMetadata {

            /**
             * Constructs a new ContainerMetadata.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IContainerMetadata);

            /** ContainerMetadata name. */
            public name: string;

            /** ContainerMetadata attempt. */
            public attempt: number;

            /**
             * Creates a new ContainerMetadata instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ContainerMetadata instance
             */
            public static create(properties?: runtime.v1.IContainerMetadata): runtime.v1.ContainerMetadata;

            /**
             * Encodes the specified ContainerMetadata message. Does not implicitly {@link runtime.v1.ContainerMetadata.verify|verify} messages.
             * @param message ContainerMetadata message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IContainerMetadata, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ContainerMetadata message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ContainerMetadata
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.ContainerMetadata;

            /**
             * Gets the default type url for ContainerMetadata
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a Device. */
        interface IDevice {

            /** Device containerPath */
            containerPath?: (string|null);

            /** Device hostPath */
            hostPath?: (string|null);

            /** Device permissions */
            permissions?: (string|null);
        }

        /** Represents a Device. */
        class Device implements IDevice {

            /**
             * Constructs a new Device.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IDevice);

            /** Device containerPath. */
            public containerPath: string;

            /** Device hostPath. */
            public hostPath: string;

            /** Device permissions. */
            public permissions: string;

            /**
             * Creates a new Device instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Device instance
             */
            public static create(properties?: runtime.v1.IDevice): runtime.v1.Device;

            /**
             * Encodes the specified Device message. Does not implicitly {@link runtime.v1.Device.verify|verify} messages.
             * @param message Device message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IDevice, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Device message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Device
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.Device;

            /**
             * Gets the default type url for Device
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a ContainerConfig. */
        interface IContainerConfig {

            /** ContainerConfig metadata */
            metadata?: (runtime.v1.IContainerMetadata|null);

            /** ContainerConfig image */
            image?: (runtime.v1.IImageSpec|null);

            /** ContainerConfig command */
            command?: (string[]|null);

            /** ContainerConfig args */
            args?: (string[]|null);

            /** ContainerConfig workingDir */
            workingDir?: (string|null);

            /** ContainerConfig envs */
            envs?: (runtime.v1.IKeyValue[]|null);

            /** ContainerConfig mounts */
            mounts?: (runtime.v1.IMount[]|null);

            /** ContainerConfig devices */
            devices?: (runtime.v1.IDevice[]|null);

            /** ContainerConfig labels */
            labels?: ({ [k: string]: string }|null);

            /** ContainerConfig annotations */
            annotations?: ({ [k: string]: string }|null);

            /** ContainerConfig logPath */
            logPath?: (string|null);

            /** ContainerConfig stdin */
            stdin?: (boolean|null);

            /** ContainerConfig stdinOnce */
            stdinOnce?: (boolean|null);

            /** ContainerConfig tty */
            tty?: (boolean|null);

            /** ContainerConfig linux */
            linux?: (runtime.v1.ILinuxContainerConfig|null);

            /** ContainerConfig windows */
            windows?: (runtime.v1.IWindowsContainerConfig|null);
        }

        /** Represents a ContainerConfig. */
        class ContainerConfig implements IContainerConfig {

            /**
             * Constructs a new ContainerConfig.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IContainerConfig);

            /** ContainerConfig metadata. */
            public metadata?: (runtime.v1.IContainerMetadata|null);

            /** ContainerConfig image. */
            public image?: (runtime.v1.IImageSpec|null);

            /** ContainerConfig command. */
            public command: string[];

            /** ContainerConfig args. */
            public args: string[];

            /** ContainerConfig workingDir. */
            public workingDir: string;

            /** ContainerConfig envs. */
            public envs: runtime.v1.IKeyValue[];

            /** ContainerConfig mounts. */
            public mounts: runtime.v1.IMount[];

            /** ContainerConfig devices. */
            public devices: runtime.v1.IDevice[];

            /** ContainerConfig labels. */
            public labels: { [k: string]: string };

            /** ContainerConfig annotations. */
            public annotations: { [k: string]: string };

            /** ContainerConfig logPath. */
            public logPath: string;

            /** ContainerConfig stdin. */
            public stdin: boolean;

            /** ContainerConfig stdinOnce. */
            public stdinOnce: boolean;

            /** ContainerConfig tty. */
            public tty: boolean;

            /** ContainerConfig linux. */
            public linux?: (runtime.v1.ILinuxContainerConfig|null);

            /** ContainerConfig windows. */
            public windows?: (runtime.v1.IWindowsContainerConfig|null);

            /**
             * Creates a new ContainerConfig instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ContainerConfig instance
             */
            public static create(properties?: runtime.v1.IContainerConfig): runtime.v1.ContainerConfig;

            /**
             * Encodes the specified ContainerConfig message. Does not implicitly {@link runtime.v1.ContainerConfig.verify|verify} messages.
             * @param message ContainerConfig message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IContainerConfig, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ContainerConfig message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ContainerConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.ContainerConfig;

            /**
             * Gets the default type url for ContainerConfig
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a CreateContainerRequest. */
        interface ICreateContainerRequest {

            /** CreateContainerRequest podSandboxId */
            podSandboxId?: (string|null);

            /** CreateContainerRequest config */
            config?: (runtime.v1.IContainerConfig|null);

            /** CreateContainerRequest sandboxConfig */
            sandboxConfig?: (runtime.v1.IPodSandboxConfig|null);
        }

        /** Represents a CreateContainerRequest. */
        class CreateContainerRequest implements ICreateContainerRequest {

            /**
             * Constructs a new CreateContainerRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.ICreateContainerRequest);

            /** CreateContainerRequest podSandboxId. */
            public podSandboxId: string;

            /** CreateContainerRequest config. */
            public config?: (runtime.v1.IContainerConfig|null);

            /** CreateContainerRequest sandboxConfig. */
            public sandboxConfig?: (runtime.v1.IPodSandboxConfig|null);

            /**
             * Creates a new CreateContainerRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CreateContainerRequest instance
             */
            public static create(properties?: runtime.v1.ICreateContainerRequest): runtime.v1.CreateContainerRequest;

            /**
             * Encodes the specified CreateContainerRequest message. Does not implicitly {@link runtime.v1.CreateContainerRequest.verify|verify} messages.
             * @param message CreateContainerRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.ICreateContainerRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CreateContainerRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns CreateContainerRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.CreateContainerRequest;

            /**
             * Gets the default type url for CreateContainerRequest
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a CreateContainerResponse. */
        interface ICreateContainerResponse {

            /** CreateContainerResponse containerId */
            containerId?: (string|null);
        }

        /** Represents a CreateContainerResponse. */
        class CreateContainerResponse implements ICreateContainerResponse {

            /**
             * Constructs a new CreateContainerResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.ICreateContainerResponse);

            /** CreateContainerResponse containerId. */
            public containerId: string;

            /**
             * Creates a new CreateContainerResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CreateContainerResponse instance
             */
            public static create(properties?: runtime.v1.ICreateContainerResponse): runtime.v1.CreateContainerResponse;

            /**
             * Encodes the specified CreateContainerResponse message. Does not implicitly {@link runtime.v1.CreateContainerResponse.verify|verify} messages.
             * @param message CreateContainerResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.ICreateContainerResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CreateContainerResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns CreateContainerResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.CreateContainerResponse;

            /**
             * Gets the default type url for CreateContainerResponse
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a StartContainerRequest. */
        interface IStartContainerRequest {

            /** StartContainerRequest containerId */
            containerId?: (string|null);
        }

        /** Represents a StartContainerRequest. */
        class StartContainerRequest implements IStartContainerRequest {

            /**
             * Constructs a new StartContainerRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IStartContainerRequest);

            /** StartContainerRequest containerId. */
            public containerId: string;

            /**
             * Creates a new StartContainerRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StartContainerRequest instance
             */
            public static create(properties?: runtime.v1.IStartContainerRequest): runtime.v1.StartContainerRequest;

            /**
             * Encodes the specified StartContainerRequest message. Does not implicitly {@link runtime.v1.StartContainerRequest.verify|verify} messages.
             * @param message StartContainerRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IStartContainerRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StartContainerRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns StartContainerRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.StartContainerRequest;

            /**
             * Gets the default type url for StartContainerRequest
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a StartContainerResponse. */
        interface IStartContainerResponse {
        }

        /** Represents a StartContainerResponse. */
        class StartContainerResponse implements IStartContainerResponse {

            /**
             * Constructs a new StartContainerResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IStartContainerResponse);

            /**
             * Creates a new StartContainerResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StartContainerResponse instance
             */
            public static create(properties?: runtime.v1.IStartContainerResponse): runtime.v1.StartContainerResponse;

            /**
             * Encodes the specified StartContainerResponse message. Does not implicitly {@link runtime.v1.StartContainerResponse.verify|verify} messages.
             * @param message StartContainerResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IStartContainerResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StartContainerResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns StartContainerResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.StartContainerResponse;

            /**
             * Gets the default type url for StartContainerResponse
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a StopContainerRequest. */
        interface IStopContainerRequest {

            /** StopContainerRequest containerId */
            containerId?: (string|null);

            /** StopContainerRequest timeout */
            timeout?: (number|null);
        }

        /** Represents a StopContainerRequest. */
        class StopContainerRequest implements IStopContainerRequest {

            /**
             * Constructs a new StopContainerRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IStopContainerRequest);

            /** StopContainerRequest containerId. */
            public containerId: string;

            /** StopContainerRequest timeout. */
            public timeout: number;

            /**
             * Creates a new StopContainerRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StopContainerRequest instance
             */
            public static create(properties?: runtime.v1.IStopContainerRequest): runtime.v1.StopContainerRequest;

            /**
             * Encodes the specified StopContainerRequest message. Does not implicitly {@link runtime.v1.StopContainerRequest.verify|verify} messages.
             * @param message StopContainerRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IStopContainerRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StopContainerRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns StopContainerRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.StopContainerRequest;

            /**
             * Gets the default type url for StopContainerRequest
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a StopContainerResponse. */
        interface IStopContainerResponse {
        }

        /** Represents a StopContainerResponse. */
        class StopContainerResponse implements IStopContainerResponse {

            /**
             * Constructs a new StopContainerResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IStopContainerResponse);

            /**
             * Creates a new StopContainerResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StopContainerResponse instance
             */
            public static create(properties?: runtime.v1.IStopContainerResponse): runtime.v1.StopContainerResponse;

            /**
             * Encodes the specified StopContainerResponse message. Does not implicitly {@link runtime.v1.StopContainerResponse.verify|verify} messages.
             * @param message StopContainerResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IStopContainerResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StopContainerResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns StopContainerResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.StopContainerResponse;

            /**
             * Gets the default type url for StopContainerResponse
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a RemoveContainerRequest. */
        interface IRemoveContainerRequest {

            /** RemoveContainerRequest containerId */
            containerId?: (string|null);
        }

        /** Represents a RemoveContainerRequest. */
        class RemoveContainerRequest implements IRemoveContainerRequest {

            /**
             * Constructs a new RemoveContainerRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IRemoveContainerRequest);

            /** RemoveContainerRequest containerId. */
            public containerId: string;

            /**
             * Creates a new RemoveContainerRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RemoveContainerRequest instance
             */
            public static create(properties?: runtime.v1.IRemoveContainerRequest): runtime.v1.RemoveContainerRequest;

            /**
             * Encodes the specified RemoveContainerRequest message. Does not implicitly {@link runtime.v1.RemoveContainerRequest.verify|verify} messages.
             * @param message RemoveContainerRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IRemoveContainerRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RemoveContainerRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns RemoveContainerRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.RemoveContainerRequest;

            /**
             * Gets the default type url for RemoveContainerRequest
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a RemoveContainerResponse. */
        interface IRemoveContainerResponse {
        }

        /** Represents a RemoveContainerResponse. */
        class RemoveContainerResponse implements IRemoveContainerResponse {

            /**
             * Constructs a new RemoveContainerResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IRemoveContainerResponse);

            /**
             * Creates a new RemoveContainerResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RemoveContainerResponse instance
             */
            public static create(properties?: runtime.v1.IRemoveContainerResponse): runtime.v1.RemoveContainerResponse;

            /**
             * Encodes the specified RemoveContainerResponse message. Does not implicitly {@link runtime.v1.RemoveContainerResponse.verify|verify} messages.
             * @param message RemoveContainerResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IRemoveContainerResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RemoveContainerResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns RemoveContainerResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.RemoveContainerResponse;

            /**
             * Gets the default type url for RemoveContainerResponse
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** ContainerState enum. */
        enum ContainerState {
            CONTAINER_CREATED = 0,
            CONTAINER_RUNNING = 1,
            CONTAINER_EXITED = 2,
            CONTAINER_UNKNOWN = 3
        }

        /** Properties of a ContainerStateValue. */
        interface IContainerStateValue {

            /** ContainerStateValue state */
            state?: (runtime.v1.ContainerState|null);
        }

        /** Represents a ContainerStateValue. */
        class ContainerStateValue implements IContainerStateValue {

            /**
             * Constructs a new ContainerStateValue.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IContainerStateValue);

            /** ContainerStateValue state. */
            public state: runtime.v1.ContainerState;

            /**
             * Creates a new ContainerStateValue instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ContainerStateValue instance
             */
            public static create(properties?: runtime.v1.IContainerStateValue): runtime.v1.ContainerStateValue;

            /**
             * Encodes the specified ContainerStateValue message. Does not implicitly {@link runtime.v1.ContainerStateValue.verify|verify} messages.
             * @param message ContainerStateValue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IContainerStateValue, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ContainerStateValue message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ContainerStateValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.ContainerStateValue;

            /**
             * Gets the default type url for ContainerStateValue
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a ContainerFilter. */
        interface IContainerFilter {

            /** ContainerFilter id */
            id?: (string|null);

            /** ContainerFilter state */
            state?: (runtime.v1.IContainerStateValue|null);

            /** ContainerFilter podSandboxId */
            podSandboxId?: (string|null);

            /** ContainerFilter labelSelector */
            labelSelector?: ({ [k: string]: string }|null);
        }

        /** Represents a ContainerFilter. */
        class ContainerFilter implements IContainerFilter {

            /**
             * Constructs a new ContainerFilter.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IContainerFilter);

            /** ContainerFilter id. */
            public id: string;

            /** ContainerFilter state. */
            public state?: (runtime.v1.IContainerStateValue|null);

            /** ContainerFilter podSandboxId. */
            public podSandboxId: string;

            /** ContainerFilter labelSelector. */
            public labelSelector: { [k: string]: string };

            /**
             * Creates a new ContainerFilter instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ContainerFilter instance
             */
            public static create(properties?: runtime.v1.IContainerFilter): runtime.v1.ContainerFilter;

            /**
             * Encodes the specified ContainerFilter message. Does not implicitly {@link runtime.v1.ContainerFilter.verify|verify} messages.
             * @param message ContainerFilter message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IContainerFilter, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ContainerFilter message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ContainerFilter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.ContainerFilter;

            /**
             * Gets the default type url for ContainerFilter
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a ListContainersRequest. */
        interface IListContainersRequest {

            /** ListContainersRequest filter */
            filter?: (runtime.v1.IContainerFilter|null);
        }

        /** Represents a ListContainersRequest. */
        class ListContainersRequest implements IListContainersRequest {

            /**
             * Constructs a new ListContainersRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IListContainersRequest);

            /** ListContainersRequest filter. */
            public filter?: (runtime.v1.IContainerFilter|null);

            /**
             * Creates a new ListContainersRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListContainersRequest instance
             */
            public static create(properties?: runtime.v1.IListContainersRequest): runtime.v1.ListContainersRequest;

            /**
             * Encodes the specified ListContainersRequest message. Does not implicitly {@link runtime.v1.ListContainersRequest.verify|verify} messages.
             * @param message ListContainersRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IListContainersRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListContainersRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ListContainersRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.ListContainersRequest;

            /**
             * Gets the default type url for ListContainersRequest
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a Container. */
        interface IContainer {

            /** Container id */
            id?: (string|null);

            /** Container podSandboxId */
            podSandboxId?: (string|null);

            /** Container metadata */
            metadata?: (runtime.v1.IContainerMetadata|null);

            /** Container image */
            image?: (runtime.v1.IImageSpec|null);

            /** Container imageRef */
            imageRef?: (string|null);

            /** Container state */
            state?: (runtime.v1.ContainerState|null);

            /** Container createdAt */
            createdAt?: (number|null);

            /** Container labels */
            labels?: ({ [k: string]: string }|null);

            /** Container annotations */
            annotations?: ({ [k: string]: string }|null);
        }

        /** Represents a Container. */
        class Container implements IContainer {

            /**
             * Constructs a new Container.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IContainer);

            /** Container id. */
            public id: string;

            /** Container podSandboxId. */
            public podSandboxId: string;

            /** Container metadata. */
            public metadata?: (runtime.v1.IContainerMetadata|null);

            /** Container image. */
            public image?: (runtime.v1.IImageSpec|null);

            /** Container imageRef. */
            public imageRef: string;

            /** Container state. */
            public state: runtime.v1.ContainerState;

            /** Container createdAt. */
            public createdAt: number;

            /** Container labels. */
            public labels: { [k: string]: string };

            /** Container annotations. */
            public annotations: { [k: string]: string };

            /**
             * Creates a new Container instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Container instance
             */
            public static create(properties?: runtime.v1.IContainer): runtime.v1.Container;

            /**
             * Encodes the specified Container message. Does not implicitly {@link runtime.v1.Container.verify|verify} messages.
             * @param message Container message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IContainer, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Container message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Container
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.Container;

            /**
             * Gets the default type url for Container
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a ListContainersResponse. */
        interface IListContainersResponse {

            /** ListContainersResponse containers */
            containers?: (runtime.v1.IContainer[]|null);
        }

        /** Represents a ListContainersResponse. */
        class ListContainersResponse implements IListContainersResponse {

            /**
             * Constructs a new ListContainersResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IListContainersResponse);

            /** ListContainersResponse containers. */
            public containers: runtime.v1.IContainer[];

            /**
             * Creates a new ListContainersResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListContainersResponse instance
             */
            public static create(properties?: runtime.v1.IListContainersResponse): runtime.v1.ListContainersResponse;

            /**
             * Encodes the specified ListContainersResponse message. Does not implicitly {@link runtime.v1.ListContainersResponse.verify|verify} messages.
             * @param message ListContainersResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IListContainersResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListContainersResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ListContainersResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.ListContainersResponse;

            /**
             * Gets the default type url for ListContainersResponse
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a ContainerStatusRequest. */
        interface IContainerStatusRequest {

            /** ContainerStatusRequest containerId */
            containerId?: (string|null);

            /** ContainerStatusRequest verbose */
            verbose?: (boolean|null);
        }

        /** Represents a ContainerStatusRequest. */
        class ContainerStatusRequest implements IContainerStatusRequest {

            /**
             * Constructs a new ContainerStatusRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IContainerStatusRequest);

            /** ContainerStatusRequest containerId. */
            public containerId: string;

            /** ContainerStatusRequest verbose. */
            public verbose: boolean;

            /**
             * Creates a new ContainerStatusRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ContainerStatusRequest instance
             */
            public static create(properties?: runtime.v1.IContainerStatusRequest): runtime.v1.ContainerStatusRequest;

            /**
             * Encodes the specified ContainerStatusRequest message. Does not implicitly {@link runtime.v1.ContainerStatusRequest.verify|verify} messages.
             * @param message ContainerStatusRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IContainerStatusRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ContainerStatusRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ContainerStatusRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.ContainerStatusRequest;

            /**
             * Gets the default type url for ContainerStatusRequest
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a ContainerStatus. */
        interface IContainerStatus {

            /** ContainerStatus id */
            id?: (string|null);

            /** ContainerStatus metadata */
            metadata?: (runtime.v1.IContainerMetadata|null);

            /** ContainerStatus state */
            state?: (runtime.v1.ContainerState|null);

            /** ContainerStatus createdAt */
            createdAt?: (number|null);

            /** ContainerStatus startedAt */
            startedAt?: (number|null);

            /** ContainerStatus finishedAt */
            finishedAt?: (number|null);

            /** ContainerStatus exitCode */
            exitCode?: (number|null);

            /** ContainerStatus image */
            image?: (runtime.v1.IImageSpec|null);

            /** ContainerStatus imageRef */
            imageRef?: (string|null);

            /** ContainerStatus reason */
            reason?: (string|null);

            /** ContainerStatus message */
            message?: (string|null);

            /** ContainerStatus labels */
            labels?: ({ [k: string]: string }|null);

            /** ContainerStatus annotations */
            annotations?: ({ [k: string]: string }|null);

            /** ContainerStatus mounts */
            mounts?: (runtime.v1.IMount[]|null);

            /** ContainerStatus logPath */
            logPath?: (string|null);

            /** ContainerStatus resources */
            resources?: (runtime.v1.IContainerResources|null);
        }

        /** Represents a ContainerStatus. */
        class ContainerStatus implements IContainerStatus {

            /**
             * Constructs a new ContainerStatus.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IContainerStatus);

            /** ContainerStatus id. */
            public id: string;

            /** ContainerStatus metadata. */
            public metadata?: (runtime.v1.IContainerMetadata|null);

            /** ContainerStatus state. */
            public state: runtime.v1.ContainerState;

            /** ContainerStatus createdAt. */
            public createdAt: number;

            /** ContainerStatus startedAt. */
            public startedAt: number;

            /** ContainerStatus finishedAt. */
            public finishedAt: number;

            /** ContainerStatus exitCode. */
            public exitCode: number;

            /** ContainerStatus image. */
            public image?: (runtime.v1.IImageSpec|null);

            /** ContainerStatus imageRef. */
            public imageRef: string;

            /** ContainerStatus reason. */
            public reason: string;

            /** ContainerStatus message. */
            public message: string;

            /** ContainerStatus labels. */
            public labels: { [k: string]: string };

            /** ContainerStatus annotations. */
            public annotations: { [k: string]: string };

            /** ContainerStatus mounts. */
            public mounts: runtime.v1.IMount[];

            /** ContainerStatus logPath. */
            public logPath: string;

            /** ContainerStatus resources. */
            public resources?: (runtime.v1.IContainerResources|null);

            /**
             * Creates a new ContainerStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ContainerStatus instance
             */
            public static create(properties?: runtime.v1.IContainerStatus): runtime.v1.ContainerStatus;

            /**
             * Encodes the specified ContainerStatus message. Does not implicitly {@link runtime.v1.ContainerStatus.verify|verify} messages.
             * @param message ContainerStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IContainerStatus, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ContainerStatus message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ContainerStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.ContainerStatus;

            /**
             * Gets the default type url for ContainerStatus
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a ContainerStatusResponse. */
        interface IContainerStatusResponse {

            /** ContainerStatusResponse status */
            status?: (runtime.v1.IContainerStatus|null);

            /** ContainerStatusResponse info */
            info?: ({ [k: string]: string }|null);
        }

        /** Represents a ContainerStatusResponse. */
        class ContainerStatusResponse implements IContainerStatusResponse {

            /**
             * Constructs a new ContainerStatusResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IContainerStatusResponse);

            /** ContainerStatusResponse status. */
            public status?: (runtime.v1.IContainerStatus|null);

            /** ContainerStatusResponse info. */
            public info: { [k: string]: string };

            /**
             * Creates a new ContainerStatusResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ContainerStatusResponse instance
             */
            public static create(properties?: runtime.v1.IContainerStatusResponse): runtime.v1.ContainerStatusResponse;

            /**
             * Encodes the specified ContainerStatusResponse message. Does not implicitly {@link runtime.v1.ContainerStatusResponse.verify|verify} messages.
             * @param message ContainerStatusResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IContainerStatusResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ContainerStatusResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ContainerStatusResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.ContainerStatusResponse;

            /**
             * Gets the default type url for ContainerStatusResponse
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a ContainerResources. */
        interface IContainerResources {

            /** ContainerResources linux */
            linux?: (runtime.v1.ILinuxContainerResources|null);

            /** ContainerResources windows */
            windows?: (runtime.v1.IWindowsContainerResources|null);
        }

        /** Represents a ContainerResources. */
        class ContainerResources implements IContainerResources {

            /**
             * Constructs a new ContainerResources.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IContainerResources);

            /** ContainerResources linux. */
            public linux?: (runtime.v1.ILinuxContainerResources|null);

            /** ContainerResources windows. */
            public windows?: (runtime.v1.IWindowsContainerResources|null);

            /**
             * Creates a new ContainerResources instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ContainerResources instance
             */
            public static create(properties?: runtime.v1.IContainerResources): runtime.v1.ContainerResources;

            /**
             * Encodes the specified ContainerResources message. Does not implicitly {@link runtime.v1.ContainerResources.verify|verify} messages.
             * @param message ContainerResources message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IContainerResources, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ContainerResources message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ContainerResources
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.ContainerResources;

            /**
             * Gets the default type url for ContainerResources
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an UpdateContainerResourcesRequest. */
        interface IUpdateContainerResourcesRequest {

            /** UpdateContainerResourcesRequest containerId */
            containerId?: (string|null);

            /** UpdateContainerResourcesRequest linux */
            linux?: (runtime.v1.ILinuxContainerResources|null);

            /** UpdateContainerResourcesRequest windows */
            windows?: (runtime.v1.IWindowsContainerResources|null);

            /** UpdateContainerResourcesRequest annotations */
            annotations?: ({ [k: string]: string }|null);
        }

        /** Represents an UpdateContainerResourcesRequest. */
        class UpdateContainerResourcesRequest implements IUpdateContainerResourcesRequest {

            /**
             * Constructs a new UpdateContainerResourcesRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IUpdateContainerResourcesRequest);

            /** UpdateContainerResourcesRequest containerId. */
            public containerId: string;

            /** UpdateContainerResourcesRequest linux. */
            public linux?: (runtime.v1.ILinuxContainerResources|null);

            /** UpdateContainerResourcesRequest windows. */
            public windows?: (runtime.v1.IWindowsContainerResources|null);

            /** UpdateContainerResourcesRequest annotations. */
            public annotations: { [k: string]: string };

            /**
             * Creates a new UpdateContainerResourcesRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UpdateContainerResourcesRequest instance
             */
            public static create(properties?: runtime.v1.IUpdateContainerResourcesRequest): runtime.v1.UpdateContainerResourcesRequest;

            /**
             * Encodes the specified UpdateContainerResourcesRequest message. Does not implicitly {@link runtime.v1.UpdateContainerResourcesRequest.verify|verify} messages.
             * @param message UpdateContainerResourcesRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IUpdateContainerResourcesRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an UpdateContainerResourcesRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns UpdateContainerResourcesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.UpdateContainerResourcesRequest;

            /**
             * Gets the default type url for UpdateContainerResourcesRequest
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an UpdateContainerResourcesResponse. */
        interface IUpdateContainerResourcesResponse {
        }

        /** Represents an UpdateContainerResourcesResponse. */
        class UpdateContainerResourcesResponse implements IUpdateContainerResourcesResponse {

            /**
             * Constructs a new UpdateContainerResourcesResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IUpdateContainerResourcesResponse);

            /**
             * Creates a new UpdateContainerResourcesResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UpdateContainerResourcesResponse instance
             */
            public static create(properties?: runtime.v1.IUpdateContainerResourcesResponse): runtime.v1.UpdateContainerResourcesResponse;

            /**
             * Encodes the specified UpdateContainerResourcesResponse message. Does not implicitly {@link runtime.v1.UpdateContainerResourcesResponse.verify|verify} messages.
             * @param message UpdateContainerResourcesResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IUpdateContainerResourcesResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an UpdateContainerResourcesResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns UpdateContainerResourcesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.UpdateContainerResourcesResponse;

            /**
             * Gets the default type url for UpdateContainerResourcesResponse
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an ExecSyncRequest. */
        interface IExecSyncRequest {

            /** ExecSyncRequest containerId */
            containerId?: (string|null);

            /** ExecSyncRequest cmd */
            cmd?: (string[]|null);

            /** ExecSyncRequest timeout */
            timeout?: (number|null);
        }

        /** Represents an ExecSyncRequest. */
        class ExecSyncRequest implements IExecSyncRequest {

            /**
             * Constructs a new ExecSyncRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IExecSyncRequest);

            /** ExecSyncRequest containerId. */
            public containerId: string;

            /** ExecSyncRequest cmd. */
            public cmd: string[];

            /** ExecSyncRequest timeout. */
            public timeout: number;

            /**
             * Creates a new ExecSyncRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ExecSyncRequest instance
             */
            public static create(properties?: runtime.v1.IExecSyncRequest): runtime.v1.ExecSyncRequest;

            /**
             * Encodes the specified ExecSyncRequest message. Does not implicitly {@link runtime.v1.ExecSyncRequest.verify|verify} messages.
             * @param message ExecSyncRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IExecSyncRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ExecSyncRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ExecSyncRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.ExecSyncRequest;

            /**
             * Gets the default type url for ExecSyncRequest
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an ExecSyncResponse. */
        interface IExecSyncResponse {

            /** ExecSyncResponse stdout */
            stdout?: (Uint8Array|null);

            /** ExecSyncResponse stderr */
            stderr?: (Uint8Array|null);

            /** ExecSyncResponse exitCode */
            exitCode?: (number|null);
        }

        /** Represents an ExecSyncResponse. */
        class ExecSyncResponse implements IExecSyncResponse {

            /**
             * Constructs a new ExecSyncResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IExecSyncResponse);

            /** ExecSyncResponse stdout. */
            public stdout: Uint8Array;

            /** ExecSyncResponse stderr. */
            public stderr: Uint8Array;

            /** ExecSyncResponse exitCode. */
            public exitCode: number;

            /**
             * Creates a new ExecSyncResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ExecSyncResponse instance
             */
            public static create(properties?: runtime.v1.IExecSyncResponse): runtime.v1.ExecSyncResponse;

            /**
             * Encodes the specified ExecSyncResponse message. Does not implicitly {@link runtime.v1.ExecSyncResponse.verify|verify} messages.
             * @param message ExecSyncResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IExecSyncResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ExecSyncResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ExecSyncResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.ExecSyncResponse;

            /**
             * Gets the default type url for ExecSyncResponse
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an ExecRequest. */
        interface IExecRequest {

            /** ExecRequest containerId */
            containerId?: (string|null);

            /** ExecRequest cmd */
            cmd?: (string[]|null);

            /** ExecRequest tty */
            tty?: (boolean|null);

            /** ExecRequest stdin */
            stdin?: (boolean|null);

            /** ExecRequest stdout */
            stdout?: (boolean|null);

            /** ExecRequest stderr */
            stderr?: (boolean|null);
        }

        /** Represents an ExecRequest. */
        class ExecRequest implements IExecRequest {

            /**
             * Constructs a new ExecRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IExecRequest);

            /** ExecRequest containerId. */
            public containerId: string;

            /** ExecRequest cmd. */
            public cmd: string[];

            /** ExecRequest tty. */
            public tty: boolean;

            /** ExecRequest stdin. */
            public stdin: boolean;

            /** ExecRequest stdout. */
            public stdout: boolean;

            /** ExecRequest stderr. */
            public stderr: boolean;

            /**
             * Creates a new ExecRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ExecRequest instance
             */
            public static create(properties?: runtime.v1.IExecRequest): runtime.v1.ExecRequest;

            /**
             * Encodes the specified ExecRequest message. Does not implicitly {@link runtime.v1.ExecRequest.verify|verify} messages.
             * @param message ExecRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IExecRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ExecRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ExecRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.ExecRequest;

            /**
             * Gets the default type url for ExecRequest
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an ExecResponse. */
        interface IExecResponse {

            /** ExecResponse url */
            url?: (string|null);
        }

        /** Represents an ExecResponse. */
        class ExecResponse implements IExecResponse {

            /**
             * Constructs a new ExecResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IExecResponse);

            /** ExecResponse url. */
            public url: string;

            /**
             * Creates a new ExecResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ExecResponse instance
             */
            public static create(properties?: runtime.v1.IExecResponse): runtime.v1.ExecResponse;

            /**
             * Encodes the specified ExecResponse message. Does not implicitly {@link runtime.v1.ExecResponse.verify|verify} messages.
             * @param message ExecResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IExecResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ExecResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ExecResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.ExecResponse;

            /**
             * Gets the default type url for ExecResponse
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a PortForwardRequest. */
        interface IPortForwardRequest {

            /** PortForwardRequest podSandboxId */
            podSandboxId?: (string|null);

            /** PortForwardRequest port */
            port?: (number[]|null);
        }

        /** Represents a PortForwardRequest. */
        class PortForwardRequest implements IPortForwardRequest {

            /**
             * Constructs a new PortForwardRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IPortForwardRequest);

            /** PortForwardRequest podSandboxId. */
            public podSandboxId: string;

            /** PortForwardRequest port. */
            public port: number[];

            /**
             * Creates a new PortForwardRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PortForwardRequest instance
             */
            public static create(properties?: runtime.v1.IPortForwardRequest): runtime.v1.PortForwardRequest;

            /**
             * Encodes the specified PortForwardRequest message. Does not implicitly {@link runtime.v1.PortForwardRequest.verify|verify} messages.
             * @param message PortForwardRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IPortForwardRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PortForwardRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns PortForwardRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.PortForwardRequest;

            /**
             * Gets the default type url for PortForwardRequest
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a PortForwardResponse. */
        interface IPortForwardResponse {

            /** PortForwardResponse url */
            url?: (string|null);
        }

        /** Represents a PortForwardResponse. */
        class PortForwardResponse implements IPortForwardResponse {

            /**
             * Constructs a new PortForwardResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IPortForwardResponse);

            /** PortForwardResponse url. */
            public url: string;

            /**
             * Creates a new PortForwardResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PortForwardResponse instance
             */
            public static create(properties?: runtime.v1.IPortForwardResponse): runtime.v1.PortForwardResponse;

            /**
             * Encodes the specified PortForwardResponse message. Does not implicitly {@link runtime.v1.PortForwardResponse.verify|verify} messages.
             * @param message PortForwardResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IPortForwardResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PortForwardResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns PortForwardResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.PortForwardResponse;

            /**
             * Gets the default type url for PortForwardResponse
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an AttachRequest. */
        interface IAttachRequest {

            /** AttachRequest containerId */
            containerId?: (string|null);

            /** AttachRequest stdin */
            stdin?: (boolean|null);

            /** AttachRequest tty */
            tty?: (boolean|null);

            /** AttachRequest stdout */
            stdout?: (boolean|null);

            /** AttachRequest stderr */
            stderr?: (boolean|null);
        }

        /** Represents an AttachRequest. */
        class AttachRequest implements IAttachRequest {

            /**
             * Constructs a new AttachRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IAttachRequest);

            /** AttachRequest containerId. */
            public containerId: string;

            /** AttachRequest stdin. */
            public stdin: boolean;

            /** AttachRequest tty. */
            public tty: boolean;

            /** AttachRequest stdout. */
            public stdout: boolean;

            /** AttachRequest stderr. */
            public stderr: boolean;

            /**
             * Creates a new AttachRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AttachRequest instance
             */
            public static create(properties?: runtime.v1.IAttachRequest): runtime.v1.AttachRequest;

            /**
             * Encodes the specified AttachRequest message. Does not implicitly {@link runtime.v1.AttachRequest.verify|verify} messages.
             * @param message AttachRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IAttachRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AttachRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns AttachRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.AttachRequest;

            /**
             * Gets the default type url for AttachRequest
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an AttachResponse. */
        interface IAttachResponse {

            /** AttachResponse url */
            url?: (string|null);
        }

        /** Represents an AttachResponse. */
        class AttachResponse implements IAttachResponse {

            /**
             * Constructs a new AttachResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IAttachResponse);

            /** AttachResponse url. */
            public url: string;

            /**
             * Creates a new AttachResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AttachResponse instance
             */
            public static create(properties?: runtime.v1.IAttachResponse): runtime.v1.AttachResponse;

            /**
             * Encodes the specified AttachResponse message. Does not implicitly {@link runtime.v1.AttachResponse.verify|verify} messages.
             * @param message AttachResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IAttachResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AttachResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns AttachResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.AttachResponse;

            /**
             * Gets the default type url for AttachResponse
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an ImageFilter. */
        interface IImageFilter {

            /** ImageFilter image */
            image?: (runtime.v1.IImageSpec|null);
        }

        /** Represents an ImageFilter. */
        class ImageFilter implements IImageFilter {

            /**
             * Constructs a new ImageFilter.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IImageFilter);

            /** ImageFilter image. */
            public image?: (runtime.v1.IImageSpec|null);

            /**
             * Creates a new ImageFilter instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ImageFilter instance
             */
            public static create(properties?: runtime.v1.IImageFilter): runtime.v1.ImageFilter;

            /**
             * Encodes the specified ImageFilter message. Does not implicitly {@link runtime.v1.ImageFilter.verify|verify} messages.
             * @param message ImageFilter message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IImageFilter, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ImageFilter message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ImageFilter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.ImageFilter;

            /**
             * Gets the default type url for ImageFilter
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a ListImagesRequest. */
        interface IListImagesRequest {

            /** ListImagesRequest filter */
            filter?: (runtime.v1.IImageFilter|null);
        }

        /** Represents a ListImagesRequest. */
        class ListImagesRequest implements IListImagesRequest {

            /**
             * Constructs a new ListImagesRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IListImagesRequest);

            /** ListImagesRequest filter. */
            public filter?: (runtime.v1.IImageFilter|null);

            /**
             * Creates a new ListImagesRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListImagesRequest instance
             */
            public static create(properties?: runtime.v1.IListImagesRequest): runtime.v1.ListImagesRequest;

            /**
             * Encodes the specified ListImagesRequest message. Does not implicitly {@link runtime.v1.ListImagesRequest.verify|verify} messages.
             * @param message ListImagesRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IListImagesRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListImagesRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ListImagesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.ListImagesRequest;

            /**
             * Gets the default type url for ListImagesRequest
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an Image. */
        interface IImage {

            /** Image id */
            id?: (string|null);

            /** Image repoTags */
            repoTags?: (string[]|null);

            /** Image repoDigests */
            repoDigests?: (string[]|null);

            /** Image size */
            size?: (number|null);

            /** Image uid */
            uid?: (runtime.v1.IInt64Value|null);

            /** Image username */
            username?: (string|null);

            /** Image spec */
            spec?: (runtime.v1.IImageSpec|null);

            /** Image pinned */
            pinned?: (boolean|null);
        }

        /** Represents an Image. */
        class Image implements IImage {

            /**
             * Constructs a new Image.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IImage);

            /** Image id. */
            public id: string;

            /** Image repoTags. */
            public repoTags: string[];

            /** Image repoDigests. */
            public repoDigests: string[];

            /** Image size. */
            public size: number;

            /** Image uid. */
            public uid?: (runtime.v1.IInt64Value|null);

            /** Image username. */
            public username: string;

            /** Image spec. */
            public spec?: (runtime.v1.IImageSpec|null);

            /** Image pinned. */
            public pinned: boolean;

            /**
             * Creates a new Image instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Image instance
             */
            public static create(properties?: runtime.v1.IImage): runtime.v1.Image;

            /**
             * Encodes the specified Image message. Does not implicitly {@link runtime.v1.Image.verify|verify} messages.
             * @param message Image message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IImage, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Image message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Image
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.Image;

            /**
             * Gets the default type url for Image
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a ListImagesResponse. */
        interface IListImagesResponse {

            /** ListImagesResponse images */
            images?: (runtime.v1.IImage[]|null);
        }

        /** Represents a ListImagesResponse. */
        class ListImagesResponse implements IListImagesResponse {

            /**
             * Constructs a new ListImagesResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IListImagesResponse);

            /** ListImagesResponse images. */
            public images: runtime.v1.IImage[];

            /**
             * Creates a new ListImagesResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListImagesResponse instance
             */
            public static create(properties?: runtime.v1.IListImagesResponse): runtime.v1.ListImagesResponse;

            /**
             * Encodes the specified ListImagesResponse message. Does not implicitly {@link runtime.v1.ListImagesResponse.verify|verify} messages.
             * @param message ListImagesResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IListImagesResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListImagesResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ListImagesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.ListImagesResponse;

            /**
             * Gets the default type url for ListImagesResponse
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an ImageStatusRequest. */
        interface IImageStatusRequest {

            /** ImageStatusRequest image */
            image?: (runtime.v1.IImageSpec|null);

            /** ImageStatusRequest verbose */
            verbose?: (boolean|null);
        }

        /** Represents an ImageStatusRequest. */
        class ImageStatusRequest implements IImageStatusRequest {

            /**
             * Constructs a new ImageStatusRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IImageStatusRequest);

            /** ImageStatusRequest image. */
            public image?: (runtime.v1.IImageSpec|null);

            /** ImageStatusRequest verbose. */
            public verbose: boolean;

            /**
             * Creates a new ImageStatusRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ImageStatusRequest instance
             */
            public static create(properties?: runtime.v1.IImageStatusRequest): runtime.v1.ImageStatusRequest;

            /**
             * Encodes the specified ImageStatusRequest message. Does not implicitly {@link runtime.v1.ImageStatusRequest.verify|verify} messages.
             * @param message ImageStatusRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IImageStatusRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ImageStatusRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ImageStatusRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.ImageStatusRequest;

            /**
             * Gets the default type url for ImageStatusRequest
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an ImageStatusResponse. */
        interface IImageStatusResponse {

            /** ImageStatusResponse image */
            image?: (runtime.v1.IImage|null);

            /** ImageStatusResponse info */
            info?: ({ [k: string]: string }|null);
        }

        /** Represents an ImageStatusResponse. */
        class ImageStatusResponse implements IImageStatusResponse {

            /**
             * Constructs a new ImageStatusResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IImageStatusResponse);

            /** ImageStatusResponse image. */
            public image?: (runtime.v1.IImage|null);

            /** ImageStatusResponse info. */
            public info: { [k: string]: string };

            /**
             * Creates a new ImageStatusResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ImageStatusResponse instance
             */
            public static create(properties?: runtime.v1.IImageStatusResponse): runtime.v1.ImageStatusResponse;

            /**
             * Encodes the specified ImageStatusResponse message. Does not implicitly {@link runtime.v1.ImageStatusResponse.verify|verify} messages.
             * @param message ImageStatusResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IImageStatusResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ImageStatusResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ImageStatusResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.ImageStatusResponse;

            /**
             * Gets the default type url for ImageStatusResponse
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an AuthConfig. */
        interface IAuthConfig {

            /** AuthConfig username */
            username?: (string|null);

            /** AuthConfig password */
            password?: (string|null);

            /** AuthConfig auth */
            auth?: (string|null);

            /** AuthConfig serverAddress */
            serverAddress?: (string|null);

            /** AuthConfig identityToken */
            identityToken?: (string|null);

            /** AuthConfig registryToken */
            registryToken?: (string|null);
        }

        /** Represents an AuthConfig. */
        class AuthConfig implements IAuthConfig {

            /**
             * Constructs a new AuthConfig.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IAuthConfig);

            /** AuthConfig username. */
            public username: string;

            /** AuthConfig password. */
            public password: string;

            /** AuthConfig auth. */
            public auth: string;

            /** AuthConfig serverAddress. */
            public serverAddress: string;

            /** AuthConfig identityToken. */
            public identityToken: string;

            /** AuthConfig registryToken. */
            public registryToken: string;

            /**
             * Creates a new AuthConfig instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AuthConfig instance
             */
            public static create(properties?: runtime.v1.IAuthConfig): runtime.v1.AuthConfig;

            /**
             * Encodes the specified AuthConfig message. Does not implicitly {@link runtime.v1.AuthConfig.verify|verify} messages.
             * @param message AuthConfig message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IAuthConfig, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AuthConfig message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns AuthConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.AuthConfig;

            /**
             * Gets the default type url for AuthConfig
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a PullImageRequest. */
        interface IPullImageRequest {

            /** PullImageRequest image */
            image?: (runtime.v1.IImageSpec|null);

            /** PullImageRequest auth */
            auth?: (runtime.v1.IAuthConfig|null);

            /** PullImageRequest sandboxConfig */
            sandboxConfig?: (runtime.v1.IPodSandboxConfig|null);
        }

        /** Represents a PullImageRequest. */
        class PullImageRequest implements IPullImageRequest {

            /**
             * Constructs a new PullImageRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IPullImageRequest);

            /** PullImageRequest image. */
            public image?: (runtime.v1.IImageSpec|null);

            /** PullImageRequest auth. */
            public auth?: (runtime.v1.IAuthConfig|null);

            /** PullImageRequest sandboxConfig. */
            public sandboxConfig?: (runtime.v1.IPodSandboxConfig|null);

            /**
             * Creates a new PullImageRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PullImageRequest instance
             */
            public static create(properties?: runtime.v1.IPullImageRequest): runtime.v1.PullImageRequest;

            /**
             * Encodes the specified PullImageRequest message. Does not implicitly {@link runtime.v1.PullImageRequest.verify|verify} messages.
             * @param message PullImageRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IPullImageRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PullImageRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns PullImageRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.PullImageRequest;

            /**
             * Gets the default type url for PullImageRequest
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a PullImageResponse. */
        interface IPullImageResponse {

            /** PullImageResponse imageRef */
            imageRef?: (string|null);
        }

        /** Represents a PullImageResponse. */
        class PullImageResponse implements IPullImageResponse {

            /**
             * Constructs a new PullImageResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IPullImageResponse);

            /** PullImageResponse imageRef. */
            public imageRef: string;

            /**
             * Creates a new PullImageResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PullImageResponse instance
             */
            public static create(properties?: runtime.v1.IPullImageResponse): runtime.v1.PullImageResponse;

            /**
             * Encodes the specified PullImageResponse message. Does not implicitly {@link runtime.v1.PullImageResponse.verify|verify} messages.
             * @param message PullImageResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IPullImageResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PullImageResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns PullImageResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.PullImageResponse;

            /**
             * Gets the default type url for PullImageResponse
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a RemoveImageRequest. */
        interface IRemoveImageRequest {

            /** RemoveImageRequest image */
            image?: (runtime.v1.IImageSpec|null);
        }

        /** Represents a RemoveImageRequest. */
        class RemoveImageRequest implements IRemoveImageRequest {

            /**
             * Constructs a new RemoveImageRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IRemoveImageRequest);

            /** RemoveImageRequest image. */
            public image?: (runtime.v1.IImageSpec|null);

            /**
             * Creates a new RemoveImageRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RemoveImageRequest instance
             */
            public static create(properties?: runtime.v1.IRemoveImageRequest): runtime.v1.RemoveImageRequest;

            /**
             * Encodes the specified RemoveImageRequest message. Does not implicitly {@link runtime.v1.RemoveImageRequest.verify|verify} messages.
             * @param message RemoveImageRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IRemoveImageRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RemoveImageRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns RemoveImageRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.RemoveImageRequest;

            /**
             * Gets the default type url for RemoveImageRequest
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a RemoveImageResponse. */
        interface IRemoveImageResponse {
        }

        /** Represents a RemoveImageResponse. */
        class RemoveImageResponse implements IRemoveImageResponse {

            /**
             * Constructs a new RemoveImageResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IRemoveImageResponse);

            /**
             * Creates a new RemoveImageResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RemoveImageResponse instance
             */
            public static create(properties?: runtime.v1.IRemoveImageResponse): runtime.v1.RemoveImageResponse;

            /**
             * Encodes the specified RemoveImageResponse message. Does not implicitly {@link runtime.v1.RemoveImageResponse.verify|verify} messages.
             * @param message RemoveImageResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IRemoveImageResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RemoveImageResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns RemoveImageResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.RemoveImageResponse;

            /**
             * Gets the default type url for RemoveImageResponse
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a RuntimeCondition. */
        interface IRuntimeCondition {

            /** RuntimeCondition type */
            type?: (string|null);

            /** RuntimeCondition status */
            status?: (boolean|null);

            /** RuntimeCondition reason */
            reason?: (string|null);

            /** RuntimeCondition message */
            message?: (string|null);
        }

        /** Represents a RuntimeCondition. */
        class RuntimeCondition implements IRuntimeCondition {

            /**
             * Constructs a new RuntimeCondition.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IRuntimeCondition);

            /** RuntimeCondition type. */
            public type: string;

            /** RuntimeCondition status. */
            public status: boolean;

            /** RuntimeCondition reason. */
            public reason: string;

            /** RuntimeCondition message. */
            public message: string;

            /**
             * Creates a new RuntimeCondition instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RuntimeCondition instance
             */
            public static create(properties?: runtime.v1.IRuntimeCondition): runtime.v1.RuntimeCondition;

            /**
             * Encodes the specified RuntimeCondition message. Does not implicitly {@link runtime.v1.RuntimeCondition.verify|verify} messages.
             * @param message RuntimeCondition message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IRuntimeCondition, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RuntimeCondition message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns RuntimeCondition
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.RuntimeCondition;

            /**
             * Gets the default type url for RuntimeCondition
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a RuntimeStatus. */
        interface IRuntimeStatus {

            /** RuntimeStatus conditions */
            conditions?: (runtime.v1.IRuntimeCondition[]|null);
        }

        /** Represents a RuntimeStatus. */
        class RuntimeStatus implements IRuntimeStatus {

            /**
             * Constructs a new RuntimeStatus.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IRuntimeStatus);

            /** RuntimeStatus conditions. */
            public conditions: runtime.v1.IRuntimeCondition[];

            /**
             * Creates a new RuntimeStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RuntimeStatus instance
             */
            public static create(properties?: runtime.v1.IRuntimeStatus): runtime.v1.RuntimeStatus;

            /**
             * Encodes the specified RuntimeStatus message. Does not implicitly {@link runtime.v1.RuntimeStatus.verify|verify} messages.
             * @param message RuntimeStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IRuntimeStatus, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RuntimeStatus message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns RuntimeStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.RuntimeStatus;

            /**
             * Gets the default type url for RuntimeStatus
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a StatusRequest. */
        interface IStatusRequest {

            /** StatusRequest verbose */
            verbose?: (boolean|null);
        }

        /** Represents a StatusRequest. */
        class StatusRequest implements IStatusRequest {

            /**
             * Constructs a new StatusRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IStatusRequest);

            /** StatusRequest verbose. */
            public verbose: boolean;

            /**
             * Creates a new StatusRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StatusRequest instance
             */
            public static create(properties?: runtime.v1.IStatusRequest): runtime.v1.StatusRequest;

            /**
             * Encodes the specified StatusRequest message. Does not implicitly {@link runtime.v1.StatusRequest.verify|verify} messages.
             * @param message StatusRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IStatusRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StatusRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns StatusRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.StatusRequest;

            /**
             * Gets the default type url for StatusRequest
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a StatusResponse. */
        interface IStatusResponse {

            /** StatusResponse status */
            status?: (runtime.v1.IRuntimeStatus|null);

            /** StatusResponse info */
            info?: ({ [k: string]: string }|null);
        }

        /** Represents a StatusResponse. */
        class StatusResponse implements IStatusResponse {

            /**
             * Constructs a new StatusResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IStatusResponse);

            /** StatusResponse status. */
            public status?: (runtime.v1.IRuntimeStatus|null);

            /** StatusResponse info. */
            public info: { [k: string]: string };

            /**
             * Creates a new StatusResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StatusResponse instance
             */
            public static create(properties?: runtime.v1.IStatusResponse): runtime.v1.StatusResponse;

            /**
             * Encodes the specified StatusResponse message. Does not implicitly {@link runtime.v1.StatusResponse.verify|verify} messages.
             * @param message StatusResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IStatusResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StatusResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns StatusResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.StatusResponse;

            /**
             * Gets the default type url for StatusResponse
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a UInt64Value. */
        interface IUInt64Value {

            /** UInt64Value value */
            value?: (number|null);
        }

        /** Represents a UInt64Value. */
        class UInt64Value implements IUInt64Value {

            /**
             * Constructs a new UInt64Value.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IUInt64Value);

            /** UInt64Value value. */
            public value: number;

            /**
             * Creates a new UInt64Value instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UInt64Value instance
             */
            public static create(properties?: runtime.v1.IUInt64Value): runtime.v1.UInt64Value;

            /**
             * Encodes the specified UInt64Value message. Does not implicitly {@link runtime.v1.UInt64Value.verify|verify} messages.
             * @param message UInt64Value message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IUInt64Value, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a UInt64Value message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns UInt64Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.UInt64Value;

            /**
             * Gets the default type url for UInt64Value
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a FilesystemIdentifier. */
        interface IFilesystemIdentifier {

            /** FilesystemIdentifier mountpoint */
            mountpoint?: (string|null);
        }

        /** Represents a FilesystemIdentifier. */
        class FilesystemIdentifier implements IFilesystemIdentifier {

            /**
             * Constructs a new FilesystemIdentifier.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IFilesystemIdentifier);

            /** FilesystemIdentifier mountpoint. */
            public mountpoint: string;

            /**
             * Creates a new FilesystemIdentifier instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FilesystemIdentifier instance
             */
            public static create(properties?: runtime.v1.IFilesystemIdentifier): runtime.v1.FilesystemIdentifier;

            /**
             * Encodes the specified FilesystemIdentifier message. Does not implicitly {@link runtime.v1.FilesystemIdentifier.verify|verify} messages.
             * @param message FilesystemIdentifier message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IFilesystemIdentifier, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FilesystemIdentifier message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns FilesystemIdentifier
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.FilesystemIdentifier;

            /**
             * Gets the default type url for FilesystemIdentifier
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a FilesystemUsage. */
        interface IFilesystemUsage {

            /** FilesystemUsage timestamp */
            timestamp?: (number|null);

            /** FilesystemUsage fsId */
            fsId?: (runtime.v1.IFilesystemIdentifier|null);

            /** FilesystemUsage usedBytes */
            usedBytes?: (runtime.v1.IUInt64Value|null);

            /** FilesystemUsage inodesUsed */
            inodesUsed?: (runtime.v1.IUInt64Value|null);
        }

        /** Represents a FilesystemUsage. */
        class FilesystemUsage implements IFilesystemUsage {

            /**
             * Constructs a new FilesystemUsage.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IFilesystemUsage);

            /** FilesystemUsage timestamp. */
            public timestamp: number;

            /** FilesystemUsage fsId. */
            public fsId?: (runtime.v1.IFilesystemIdentifier|null);

            /** FilesystemUsage usedBytes. */
            public usedBytes?: (runtime.v1.IUInt64Value|null);

            /** FilesystemUsage inodesUsed. */
            public inodesUsed?: (runtime.v1.IUInt64Value|null);

            /**
             * Creates a new FilesystemUsage instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FilesystemUsage instance
             */
            public static create(properties?: runtime.v1.IFilesystemUsage): runtime.v1.FilesystemUsage;

            /**
             * Encodes the specified FilesystemUsage message. Does not implicitly {@link runtime.v1.FilesystemUsage.verify|verify} messages.
             * @param message FilesystemUsage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IFilesystemUsage, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FilesystemUsage message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns FilesystemUsage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.FilesystemUsage;

            /**
             * Gets the default type url for FilesystemUsage
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a ContainerStatsRequest. */
        interface IContainerStatsRequest {

            /** ContainerStatsRequest containerId */
            containerId?: (string|null);
        }

        /** Represents a ContainerStatsRequest. */
        class ContainerStatsRequest implements IContainerStatsRequest {

            /**
             * Constructs a new ContainerStatsRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IContainerStatsRequest);

            /** ContainerStatsRequest containerId. */
            public containerId: string;

            /**
             * Creates a new ContainerStatsRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ContainerStatsRequest instance
             */
            public static create(properties?: runtime.v1.IContainerStatsRequest): runtime.v1.ContainerStatsRequest;

            /**
             * Encodes the specified ContainerStatsRequest message. Does not implicitly {@link runtime.v1.ContainerStatsRequest.verify|verify} messages.
             * @param message ContainerStatsRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IContainerStatsRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ContainerStatsRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ContainerStatsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.ContainerStatsRequest;

            /**
             * Gets the default type url for ContainerStatsRequest
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a ContainerStatsResponse. */
        interface IContainerStatsResponse {

            /** ContainerStatsResponse stats */
            stats?: (runtime.v1.IContainerStats|null);
        }

        /** Represents a ContainerStatsResponse. */
        class ContainerStatsResponse implements IContainerStatsResponse {

            /**
             * Constructs a new ContainerStatsResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IContainerStatsResponse);

            /** ContainerStatsResponse stats. */
            public stats?: (runtime.v1.IContainerStats|null);

            /**
             * Creates a new ContainerStatsResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ContainerStatsResponse instance
             */
            public static create(properties?: runtime.v1.IContainerStatsResponse): runtime.v1.ContainerStatsResponse;

            /**
             * Encodes the specified ContainerStatsResponse message. Does not implicitly {@link runtime.v1.ContainerStatsResponse.verify|verify} messages.
             * @param message ContainerStatsResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IContainerStatsResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ContainerStatsResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ContainerStatsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.ContainerStatsResponse;

            /**
             * Gets the default type url for ContainerStatsResponse
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a ListContainerStatsRequest. */
        interface IListContainerStatsRequest {

            /** ListContainerStatsRequest filter */
            filter?: (runtime.v1.IContainerStatsFilter|null);
        }

        /** Represents a ListContainerStatsRequest. */
        class ListContainerStatsRequest implements IListContainerStatsRequest {

            /**
             * Constructs a new ListContainerStatsRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IListContainerStatsRequest);

            /** ListContainerStatsRequest filter. */
            public filter?: (runtime.v1.IContainerStatsFilter|null);

            /**
             * Creates a new ListContainerStatsRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListContainerStatsRequest instance
             */
            public static create(properties?: runtime.v1.IListContainerStatsRequest): runtime.v1.ListContainerStatsRequest;

            /**
             * Encodes the specified ListContainerStatsRequest message. Does not implicitly {@link runtime.v1.ListContainerStatsRequest.verify|verify} messages.
             * @param message ListContainerStatsRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IListContainerStatsRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListContainerStatsRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ListContainerStatsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.ListContainerStatsRequest;

            /**
             * Gets the default type url for ListContainerStatsRequest
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a ContainerStatsFilter. */
        interface IContainerStatsFilter {

            /** ContainerStatsFilter id */
            id?: (string|null);

            /** ContainerStatsFilter podSandboxId */
            podSandboxId?: (string|null);

            /** ContainerStatsFilter labelSelector */
            labelSelector?: ({ [k: string]: string }|null);
        }

        /** Represents a ContainerStatsFilter. */
        class ContainerStatsFilter implements IContainerStatsFilter {

            /**
             * Constructs a new ContainerStatsFilter.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IContainerStatsFilter);

            /** ContainerStatsFilter id. */
            public id: string;

            /** ContainerStatsFilter podSandboxId. */
            public podSandboxId: string;

            /** ContainerStatsFilter labelSelector. */
            public labelSelector: { [k: string]: string };

            /**
             * Creates a new ContainerStatsFilter instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ContainerStatsFilter instance
             */
            public static create(properties?: runtime.v1.IContainerStatsFilter): runtime.v1.ContainerStatsFilter;

            /**
             * Encodes the specified ContainerStatsFilter message. Does not implicitly {@link runtime.v1.ContainerStatsFilter.verify|verify} messages.
             * @param message ContainerStatsFilter message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IContainerStatsFilter, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ContainerStatsFilter message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ContainerStatsFilter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.ContainerStatsFilter;

            /**
             * Gets the default type url for ContainerStatsFilter
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a ListContainerStatsResponse. */
        interface IListContainerStatsResponse {

            /** ListContainerStatsResponse stats */
            stats?: (runtime.v1.IContainerStats[]|null);
        }

        /** Represents a ListContainerStatsResponse. */
        class ListContainerStatsResponse implements IListContainerStatsResponse {

            /**
             * Constructs a new ListContainerStatsResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IListContainerStatsResponse);

            /** ListContainerStatsResponse stats. */
            public stats: runtime.v1.IContainerStats[];

            /**
             * Creates a new ListContainerStatsResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListContainerStatsResponse instance
             */
            public static create(properties?: runtime.v1.IListContainerStatsResponse): runtime.v1.ListContainerStatsResponse;

            /**
             * Encodes the specified ListContainerStatsResponse message. Does not implicitly {@link runtime.v1.ListContainerStatsResponse.verify|verify} messages.
             * @param message ListContainerStatsResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IListContainerStatsResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListContainerStatsResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ListContainerStatsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.ListContainerStatsResponse;

            /**
             * Gets the default type url for ListContainerStatsResponse
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a ContainerAttributes. */
        interface IContainerAttributes {

            /** ContainerAttributes id */
            id?: (string|null);

            /** ContainerAttributes metadata */
            metadata?: (runtime.v1.IContainerMetadata|null);

            /** ContainerAttributes labels */
            labels?: ({ [k: string]: string }|null);

            /** ContainerAttributes annotations */
            annotations?: ({ [k: string]: string }|null);
        }

        /** Represents a ContainerAttributes. */
        class ContainerAttributes implements IContainerAttributes {

            /**
             * Constructs a new ContainerAttributes.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IContainerAttributes);

            /** ContainerAttributes id. */
            public id: string;

            /** ContainerAttributes metadata. */
            public metadata?: (runtime.v1.IContainerMetadata|null);

            /** ContainerAttributes labels. */
            public labels: { [k: string]: string };

            /** ContainerAttributes annotations. */
            public annotations: { [k: string]: string };

            /**
             * Creates a new ContainerAttributes instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ContainerAttributes instance
             */
            public static create(properties?: runtime.v1.IContainerAttributes): runtime.v1.ContainerAttributes;

            /**
             * Encodes the specified ContainerAttributes message. Does not implicitly {@link runtime.v1.ContainerAttributes.verify|verify} messages.
             * @param message ContainerAttributes message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IContainerAttributes, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ContainerAttributes message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ContainerAttributes
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.ContainerAttributes;

            /**
             * Gets the default type url for ContainerAttributes
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a ContainerStats. */
        interface IContainerStats {

            /** ContainerStats attributes */
            attributes?: (runtime.v1.IContainerAttributes|null);

            /** ContainerStats cpu */
            cpu?: (runtime.v1.ICpuUsage|null);

            /** ContainerStats memory */
            memory?: (runtime.v1.IMemoryUsage|null);

            /** ContainerStats writableLayer */
            writableLayer?: (runtime.v1.IFilesystemUsage|null);
        }

        /** Represents a ContainerStats. */
        class ContainerStats implements IContainerStats {

            /**
             * Constructs a new ContainerStats.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IContainerStats);

            /** ContainerStats attributes. */
            public attributes?: (runtime.v1.IContainerAttributes|null);

            /** ContainerStats cpu. */
            public cpu?: (runtime.v1.ICpuUsage|null);

            /** ContainerStats memory. */
            public memory?: (runtime.v1.IMemoryUsage|null);

            /** ContainerStats writableLayer. */
            public writableLayer?: (runtime.v1.IFilesystemUsage|null);

            /**
             * Creates a new ContainerStats instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ContainerStats instance
             */
            public static create(properties?: runtime.v1.IContainerStats): runtime.v1.ContainerStats;

            /**
             * Encodes the specified ContainerStats message. Does not implicitly {@link runtime.v1.ContainerStats.verify|verify} messages.
             * @param message ContainerStats message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IContainerStats, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ContainerStats message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ContainerStats
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.ContainerStats;

            /**
             * Gets the default type url for ContainerStats
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a CpuUsage. */
        interface ICpuUsage {

            /** CpuUsage timestamp */
            timestamp?: (number|null);

            /** CpuUsage usageCoreNanoSeconds */
            usageCoreNanoSeconds?: (runtime.v1.IUInt64Value|null);

            /** CpuUsage usageNanoCores */
            usageNanoCores?: (runtime.v1.IUInt64Value|null);
        }

        /** Represents a CpuUsage. */
        class CpuUsage implements ICpuUsage {

            /**
             * Constructs a new CpuUsage.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.ICpuUsage);

            /** CpuUsage timestamp. */
            public timestamp: number;

            /** CpuUsage usageCoreNanoSeconds. */
            public usageCoreNanoSeconds?: (runtime.v1.IUInt64Value|null);

            /** CpuUsage usageNanoCores. */
            public usageNanoCores?: (runtime.v1.IUInt64Value|null);

            /**
             * Creates a new CpuUsage instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CpuUsage instance
             */
            public static create(properties?: runtime.v1.ICpuUsage): runtime.v1.CpuUsage;

            /**
             * Encodes the specified CpuUsage message. Does not implicitly {@link runtime.v1.CpuUsage.verify|verify} messages.
             * @param message CpuUsage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.ICpuUsage, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CpuUsage message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns CpuUsage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.CpuUsage;

            /**
             * Gets the default type url for CpuUsage
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a MemoryUsage. */
        interface IMemoryUsage {

            /** MemoryUsage timestamp */
            timestamp?: (number|null);

            /** MemoryUsage workingSetBytes */
            workingSetBytes?: (runtime.v1.IUInt64Value|null);

            /** MemoryUsage availableBytes */
            availableBytes?: (runtime.v1.IUInt64Value|null);

            /** MemoryUsage usageBytes */
            usageBytes?: (runtime.v1.IUInt64Value|null);

            /** MemoryUsage rssBytes */
            rssBytes?: (runtime.v1.IUInt64Value|null);

            /** MemoryUsage pageFaults */
            pageFaults?: (runtime.v1.IUInt64Value|null);

            /** MemoryUsage majorPageFaults */
            majorPageFaults?: (runtime.v1.IUInt64Value|null);
        }

        /** Represents a MemoryUsage. */
        class MemoryUsage implements IMemoryUsage {

            /**
             * Constructs a new MemoryUsage.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IMemoryUsage);

            /** MemoryUsage timestamp. */
            public timestamp: number;

            /** MemoryUsage workingSetBytes. */
            public workingSetBytes?: (runtime.v1.IUInt64Value|null);

            /** MemoryUsage availableBytes. */
            public availableBytes?: (runtime.v1.IUInt64Value|null);

            /** MemoryUsage usageBytes. */
            public usageBytes?: (runtime.v1.IUInt64Value|null);

            /** MemoryUsage rssBytes. */
            public rssBytes?: (runtime.v1.IUInt64Value|null);

            /** MemoryUsage pageFaults. */
            public pageFaults?: (runtime.v1.IUInt64Value|null);

            /** MemoryUsage majorPageFaults. */
            public majorPageFaults?: (runtime.v1.IUInt64Value|null);

            /**
             * Creates a new MemoryUsage instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MemoryUsage instance
             */
            public static create(properties?: runtime.v1.IMemoryUsage): runtime.v1.MemoryUsage;

            /**
             * Encodes the specified MemoryUsage message. Does not implicitly {@link runtime.v1.MemoryUsage.verify|verify} messages.
             * @param message MemoryUsage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IMemoryUsage, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MemoryUsage message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns MemoryUsage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.MemoryUsage;

            /**
             * Gets the default type url for MemoryUsage
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a ReopenContainerLogRequest. */
        interface IReopenContainerLogRequest {

            /** ReopenContainerLogRequest containerId */
            containerId?: (string|null);
        }

        /** Represents a ReopenContainerLogRequest. */
        class ReopenContainerLogRequest implements IReopenContainerLogRequest {

            /**
             * Constructs a new ReopenContainerLogRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IReopenContainerLogRequest);

            /** ReopenContainerLogRequest containerId. */
            public containerId: string;

            /**
             * Creates a new ReopenContainerLogRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ReopenContainerLogRequest instance
             */
            public static create(properties?: runtime.v1.IReopenContainerLogRequest): runtime.v1.ReopenContainerLogRequest;

            /**
             * Encodes the specified ReopenContainerLogRequest message. Does not implicitly {@link runtime.v1.ReopenContainerLogRequest.verify|verify} messages.
             * @param message ReopenContainerLogRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IReopenContainerLogRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReopenContainerLogRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ReopenContainerLogRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.ReopenContainerLogRequest;

            /**
             * Gets the default type url for ReopenContainerLogRequest
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a ReopenContainerLogResponse. */
        interface IReopenContainerLogResponse {
        }

        /** Represents a ReopenContainerLogResponse. */
        class ReopenContainerLogResponse implements IReopenContainerLogResponse {

            /**
             * Constructs a new ReopenContainerLogResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtime.v1.IReopenContainerLogResponse);

            /**
             * Creates a new ReopenContainerLogResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ReopenContainerLogResponse instance
             */
            public static create(properties?: runtime.v1.IReopenContainerLogResponse): runtime.v1.ReopenContainerLogResponse;

            /**
             * Encodes the specified ReopenContainerLogResponse message. Does not implicitly {@link runtime.v1.ReopenContainerLogResponse.verify|verify} messages.
             * @param message ReopenContainerLogResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtime.v1.IReopenContainerLogResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReopenContainerLogResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ReopenContainerLogResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.ReopenContainerLogResponse;

            /**
             * Gets the default type url for ReopenContainerLogResponse
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }
    }
}
