/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;

// Exported root namespace
const $root = $protobuf.roots["cri"] || ($protobuf.roots["cri"] = {});

export const runtime = $root.runtime = (() => {

    /**
     * Namespace runtime.
     * @exports runtime
     * @namespace
     */
    const runtime = {};

    runtime.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof runtime
         * @namespace
         */
        const v1 = {};

        v1.RuntimeService = (function() {

            /**
             * Constructs a new RuntimeService service.
             * @memberof runtime.v1
             * @classdesc Represents a RuntimeService
             * @extends $protobuf.rpc.Service
             * @constructor
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             */
            function RuntimeService(rpcImpl, requestDelimited, responseDelimited) {
                $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
            }

            (RuntimeService.prototype = Object.create($protobuf.rpc.Service.prototype)).constructor = RuntimeService;

            /**
             * Creates new RuntimeService service using the specified rpc implementation.
             * @function create
             * @memberof runtime.v1.RuntimeService
             * @static
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             * @returns {RuntimeService} RPC service. Useful where requests and/or responses are streamed.
             */
            RuntimeService.create = function create(rpcImpl, requestDelimited, responseDelimited) {
                return new this(rpcImpl, requestDelimited, responseDelimited);
            };

            /**
             * Callback as used by {@link runtime.v1.RuntimeService#version}.
             * @memberof runtime.v1.RuntimeService
             * @typedef VersionCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {runtime.v1.VersionResponse} [response] VersionResponse
             */

            /**
             * Calls Version.
             * @function version
             * @memberof runtime.v1.RuntimeService
             * @instance
             * @param {runtime.v1.IVersionRequest} request VersionRequest message or plain object
             * @param {runtime.v1.RuntimeService.VersionCallback} callback Node-style callback called with the error, if any, and VersionResponse
             * @returns {undefined}
             * @variation 1
             */
            Object.defineProperty(RuntimeService.prototype.version = function version(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, version, $root.runtime.v1.VersionRequest, $root.runtime.v1.VersionResponse, request, callback);
            }, "name", { value: "Version" });

            /**
             * Calls Version.
             * @function version
             * @memberof runtime.v1.RuntimeService
             * @instance
             * @param {runtime.v1.IVersionRequest} request VersionRequest message or plain object
             * @returns {Promise<runtime.v1.VersionResponse>} Promise
             * @variation 2
             */

            /**
             * Callback as used by {@link runtime.v1.RuntimeService#runPodSandbox}.
             * @memberof runtime.v1.RuntimeService
             * @typedef RunPodSandboxCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {runtime.v1.RunPodSandboxResponse} [response] RunPodSandboxResponse
             */

            /**
             * Calls RunPodSandbox.
             * @function runPodSandbox
             * @memberof runtime.v1.RuntimeService
             * @instance
             * @param {runtime.v1.IRunPodSandboxRequest} request RunPodSandboxRequest message or plain object
             * @param {runtime.v1.RuntimeService.RunPodSandboxCallback} callback Node-style callback called with the error, if any, and RunPodSandboxResponse
             * @returns {undefined}
             * @variation 1
             */
            Object.defineProperty(RuntimeService.prototype.runPodSandbox = function runPodSandbox(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, runPodSandbox, $root.runtime.v1.RunPodSandboxRequest, $root.runtime.v1.RunPodSandboxResponse, request, callback);
            }, "name", { value: "RunPodSandbox" });

            /**
             * Calls RunPodSandbox.
             * @function runPodSandbox
             * @memberof runtime.v1.RuntimeService
             * @instance
             * @param {runtime.v1.IRunPodSandboxRequest} request RunPodSandboxRequest message or plain object
             * @returns {Promise<runtime.v1.RunPodSandboxResponse>} Promise
             * @variation 2
             */

            /**
             * Callback as used by {@link runtime.v1.RuntimeService#stopPodSandbox}.
             * @memberof runtime.v1.RuntimeService
             * @typedef StopPodSandboxCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {runtime.v1.StopPodSandboxResponse} [response] StopPodSandboxResponse
             */

            /**
             * Calls StopPodSandbox.
             * @function stopPodSandbox
             * @memberof runtime.v1.RuntimeService
             * @instance
             * @param {runtime.v1.IStopPodSandboxRequest} request StopPodSandboxRequest message or plain object
             * @param {runtime.v1.RuntimeService.StopPodSandboxCallback} callback Node-style callback called with the error, if any, and StopPodSandboxResponse
             * @returns {undefined}
             * @variation 1
             */
            Object.defineProperty(RuntimeService.prototype.stopPodSandbox = function stopPodSandbox(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, stopPodSandbox, $root.runtime.v1.StopPodSandboxRequest, $root.runtime.v1.StopPodSandboxResponse, request, callback);
            }, "name", { value: "StopPodSandbox" });

            /**
             * Calls StopPodSandbox.
             * @function stopPodSandbox
             * @memberof runtime.v1.RuntimeService
             * @instance
             * @param {runtime.v1.IStopPodSandboxRequest} request StopPodSandboxRequest message or plain object
             * @returns {Promise<runtime.v1.StopPodSandboxResponse>} Promise
             * @variation 2
             */

            /**
             * Callback as used by {@link runtime.v1.RuntimeService#removePodSandbox}.
             * @memberof runtime.v1.RuntimeService
             * @typedef RemovePodSandboxCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {runtime.v1.RemovePodSandboxResponse} [response] RemovePodSandboxResponse
             */

            /**
             * Calls RemovePodSandbox.
             * @function removePodSandbox
             * @memberof runtime.v1.RuntimeService
             * @instance
             * @param {runtime.v1.IRemovePodSandboxRequest} request RemovePodSandboxRequest message or plain object
             * @param {runtime.v1.RuntimeService.RemovePodSandboxCallback} callback Node-style callback called with the error, if any, and RemovePodSandboxResponse
             * @returns {undefined}
             * @variation 1
             */
            Object.defineProperty(RuntimeService.prototype.removePodSandbox = function removePodSandbox(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, removePodSandbox, $root.runtime.v1.RemovePodSandboxRequest, $root.runtime.v1.RemovePodSandboxResponse, request, callback);
            }, "name", { value: "RemovePodSandbox" });

            /**
             * Calls RemovePodSandbox.
             * @function removePodSandbox
             * @memberof runtime.v1.RuntimeService
             * @instance
             * @param {runtime.v1.IRemovePodSandboxRequest} request RemovePodSandboxRequest message or plain object
             * @returns {Promise<runtime.v1.RemovePodSandboxResponse>} Promise
             * @variation 2
             */

            /**
             * Callback as used by {@link runtime.v1.RuntimeService#podSandboxStatus}.
             * @memberof runtime.v1.RuntimeService
             * @typedef PodSandboxStatusCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {runtime.v1.PodSandboxStatusResponse} [response] PodSandboxStatusResponse
             */

            /**
             * Calls PodSandboxStatus.
             * @function podSandboxStatus
             * @memberof runtime.v1.RuntimeService
             * @instance
             * @param {runtime.v1.IPodSandboxStatusRequest} request PodSandboxStatusRequest message or plain object
             * @param {runtime.v1.RuntimeService.PodSandboxStatusCallback} callback Node-style callback called with the error, if any, and PodSandboxStatusResponse
             * @returns {undefined}
             * @variation 1
             */
            Object.defineProperty(RuntimeService.prototype.podSandboxStatus = function podSandboxStatus(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, podSandboxStatus, $root.runtime.v1.PodSandboxStatusRequest, $root.runtime.v1.PodSandboxStatusResponse, request, callback);
            }, "name", { value: "PodSandboxStatus" });

            /**
             * Calls PodSandboxStatus.
             * @function podSandboxStatus
             * @memberof runtime.v1.RuntimeService
             * @instance
             * @param {runtime.v1.IPodSandboxStatusRequest} request PodSandboxStatusRequest message or plain object
             * @returns {Promise<runtime.v1.PodSandboxStatusResponse>} Promise
             * @variation 2
             */

            /**
             * Callback as used by {@link runtime.v1.RuntimeService#listPodSandbox}.
             * @memberof runtime.v1.RuntimeService
             * @typedef ListPodSandboxCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {runtime.v1.ListPodSandboxResponse} [response] ListPodSandboxResponse
             */

            /**
             * Calls ListPodSandbox.
             * @function listPodSandbox
             * @memberof runtime.v1.RuntimeService
             * @instance
             * @param {runtime.v1.IListPodSandboxRequest} request ListPodSandboxRequest message or plain object
             * @param {runtime.v1.RuntimeService.ListPodSandboxCallback} callback Node-style callback called with the error, if any, and ListPodSandboxResponse
             * @returns {undefined}
             * @variation 1
             */
            Object.defineProperty(RuntimeService.prototype.listPodSandbox = function listPodSandbox(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, listPodSandbox, $root.runtime.v1.ListPodSandboxRequest, $root.runtime.v1.ListPodSandboxResponse, request, callback);
            }, "name", { value: "ListPodSandbox" });

            /**
             * Calls ListPodSandbox.
             * @function listPodSandbox
             * @memberof runtime.v1.RuntimeService
             * @instance
             * @param {runtime.v1.IListPodSandboxRequest} request ListPodSandboxRequest message or plain object
             * @returns {Promise<runtime.v1.ListPodSandboxResponse>} Promise
             * @variation 2
             */

            /**
             * Callback as used by {@link runtime.v1.RuntimeService#createContainer}.
             * @memberof runtime.v1.RuntimeService
             * @typedef CreateContainerCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {runtime.v1.CreateContainerResponse} [response] CreateContainerResponse
             */

            /**
             * Calls CreateContainer.
             * @function createContainer
             * @memberof runtime.v1.RuntimeService
             * @instance
             * @param {runtime.v1.ICreateContainerRequest} request CreateContainerRequest message or plain object
             * @param {runtime.v1.RuntimeService.CreateContainerCallback} callback Node-style callback called with the error, if any, and CreateContainerResponse
             * @returns {undefined}
             * @variation 1
             */
            Object.defineProperty(RuntimeService.prototype.createContainer = function createContainer(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, createContainer, $root.runtime.v1.CreateContainerRequest, $root.runtime.v1.CreateContainerResponse, request, callback);
            }, "name", { value: "CreateContainer" });

            /**
             * Calls CreateContainer.
             * @function createContainer
             * @memberof runtime.v1.RuntimeService
             * @instance
             * @param {runtime.v1.ICreateContainerRequest} request CreateContainerRequest message or plain object
             * @returns {Promise<runtime.v1.CreateContainerResponse>} Promise
             * @variation 2
             */

            /**
             * Callback as used by {@link runtime.v1.RuntimeService#startContainer}.
             * @memberof runtime.v1.RuntimeService
             * @typedef StartContainerCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {runtime.v1.StartContainerResponse} [response] StartContainerResponse
             */

            /**
             * Calls StartContainer.
             * @function startContainer
             * @memberof runtime.v1.RuntimeService
             * @instance
             * @param {runtime.v1.IStartContainerRequest} request StartContainerRequest message or plain object
             * @param {runtime.v1.RuntimeService.StartContainerCallback} callback Node-style callback called with the error, if any, and StartContainerResponse
             * @returns {undefined}
             * @variation 1
             */
            Object.defineProperty(RuntimeService.prototype.startContainer = function startContainer(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, startContainer, $root.runtime.v1.StartContainerRequest, $root.runtime.v1.StartContainerResponse, request, callback);
            }, "name", { value: "StartContainer" });

            /**
             * Calls StartContainer.
             * @function startContainer
             * @memberof runtime.v1.RuntimeService
             * @instance
             * @param {runtime.v1.IStartContainerRequest} request StartContainerRequest message or plain object
             * @returns {Promise<runtime.v1.StartContainerResponse>} Promise
             * @variation 2
             */

            /**
             * Callback as used by {@link runtime.v1.RuntimeService#stopContainer}.
             * @memberof runtime.v1.RuntimeService
             * @typedef StopContainerCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {runtime.v1.StopContainerResponse} [response] StopContainerResponse
             */

            /**
             * Calls StopContainer.
             * @function stopContainer
             * @memberof runtime.v1.RuntimeService
             * @instance
             * @param {runtime.v1.IStopContainerRequest} request StopContainerRequest message or plain object
             * @param {runtime.v1.RuntimeService.StopContainerCallback} callback Node-style callback called with the error, if any, and StopContainerResponse
             * @returns {undefined}
             * @variation 1
             */
            Object.defineProperty(RuntimeService.prototype.stopContainer = function stopContainer(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, stopContainer, $root.runtime.v1.StopContainerRequest, $root.runtime.v1.StopContainerResponse, request, callback);
            }, "name", { value: "StopContainer" });

            /**
             * Calls StopContainer.
             * @function stopContainer
             * @memberof runtime.v1.RuntimeService
             * @instance
             * @param {runtime.v1.IStopContainerRequest} request StopContainerRequest message or plain object
             * @returns {Promise<runtime.v1.StopContainerResponse>} Promise
             * @variation 2
             */

            /**
             * Callback as used by {@link runtime.v1.RuntimeService#removeContainer}.
             * @memberof runtime.v1.RuntimeService
             * @typedef RemoveContainerCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {runtime.v1.RemoveContainerResponse} [response] RemoveContainerResponse
             */

            /**
             * Calls RemoveContainer.
             * @function removeContainer
             * @memberof runtime.v1.RuntimeService
             * @instance
             * @param {runtime.v1.IRemoveContainerRequest} request RemoveContainerRequest message or plain object
             * @param {runtime.v1.RuntimeService.RemoveContainerCallback} callback Node-style callback called with the error, if any, and RemoveContainerResponse
             * @returns {undefined}
             * @variation 1
             */
            Object.defineProperty(RuntimeService.prototype.removeContainer = function removeContainer(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, removeContainer, $root.runtime.v1.RemoveContainerRequest, $root.runtime.v1.RemoveContainerResponse, request, callback);
            }, "name", { value: "RemoveContainer" });

            /**
             * Calls RemoveContainer.
             * @function removeContainer
             * @memberof runtime.v1.RuntimeService
             * @instance
             * @param {runtime.v1.IRemoveContainerRequest} request RemoveContainerRequest message or plain object
             * @returns {Promise<runtime.v1.RemoveContainerResponse>} Promise
             * @variation 2
             */

            /**
             * Callback as used by {@link runtime.v1.RuntimeService#listContainers}.
             * @memberof runtime.v1.RuntimeService
             * @typedef ListContainersCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {runtime.v1.ListContainersResponse} [response] ListContainersResponse
             */

            /**
             * Calls ListContainers.
             * @function listContainers
             * @memberof runtime.v1.RuntimeService
             * @instance
             * @param {runtime.v1.IListContainersRequest} request ListContainersRequest message or plain object
             * @param {runtime.v1.RuntimeService.ListContainersCallback} callback Node-style callback called with the error, if any, and ListContainersResponse
             * @returns {undefined}
             * @variation 1
             */
            Object.defineProperty(RuntimeService.prototype.listContainers = function listContainers(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, listContainers, $root.runtime.v1.ListContainersRequest, $root.runtime.v1.ListContainersResponse, request, callback);
            }, "name", { value: "ListContainers" });

            /**
             * Calls ListContainers.
             * @function listContainers
             * @memberof runtime.v1.RuntimeService
             * @instance
             * @param {runtime.v1.IListContainersRequest} request ListContainersRequest message or plain object
             * @returns {Promise<runtime.v1.ListContainersResponse>} Promise
             * @variation 2
             */

            /**
             * Callback as used by {@link runtime.v1.RuntimeService#containerStatus}.
             * @memberof runtime.v1.RuntimeService
             * @typedef ContainerStatusCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {runtime.v1.ContainerStatusResponse} [response] ContainerStatusResponse
             */

            /**
             * Calls ContainerStatus.
             * @function containerStatus
             * @memberof runtime.v1.RuntimeService
             * @instance
             * @param {runtime.v1.IContainerStatusRequest} request ContainerStatusRequest message or plain object
             * @param {runtime.v1.RuntimeService.ContainerStatusCallback} callback Node-style callback called with the error, if any, and ContainerStatusResponse
             * @returns {undefined}
             * @variation 1
             */
            Object.defineProperty(RuntimeService.prototype.containerStatus = function containerStatus(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, containerStatus, $root.runtime.v1.ContainerStatusRequest, $root.runtime.v1.ContainerStatusResponse, request, callback);
            }, "name", { value: "ContainerStatus" });

            /**
             * Calls ContainerStatus.
             * @function containerStatus
             * @memberof runtime.v1.RuntimeService
             * @instance
             * @param {runtime.v1.IContainerStatusRequest} request ContainerStatusRequest message or plain object
             * @returns {Promise<runtime.v1.ContainerStatusResponse>} Promise
             * @variation 2
             */

            /**
             * Callback as used by {@link runtime.v1.RuntimeService#updateContainerResources}.
             * @memberof runtime.v1.RuntimeService
             * @typedef UpdateContainerResourcesCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {runtime.v1.UpdateContainerResourcesResponse} [response] UpdateContainerResourcesResponse
             */

            /**
             * Calls UpdateContainerResources.
             * @function updateContainerResources
             * @memberof runtime.v1.RuntimeService
             * @instance
             * @param {runtime.v1.IUpdateContainerResourcesRequest} request UpdateContainerResourcesRequest message or plain object
             * @param {runtime.v1.RuntimeService.UpdateContainerResourcesCallback} callback Node-style callback called with the error, if any, and UpdateContainerResourcesResponse
             * @returns {undefined}
             * @variation 1
             */
            Object.defineProperty(RuntimeService.prototype.updateContainerResources = function updateContainerResources(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, updateContainerResources, $root.runtime.v1.UpdateContainerResourcesRequest, $root.runtime.v1.UpdateContainerResourcesResponse, request, callback);
            }, "name", { value: "UpdateContainerResources" });

            /**
             * Calls UpdateContainerResources.
             * @function updateContainerResources
             * @memberof runtime.v1.RuntimeService
             * @instance
             * @param {runtime.v1.IUpdateContainerResourcesRequest} request UpdateContainerResourcesRequest message or plain object
             * @returns {Promise<runtime.v1.UpdateContainerResourcesResponse>} Promise
             * @variation 2
             */

            /**
             * Callback as used by {@link runtime.v1.RuntimeService#reopenContainerLog}.
             * @memberof runtime.v1.RuntimeService
             * @typedef ReopenContainerLogCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {runtime.v1.ReopenContainerLogResponse} [response] ReopenContainerLogResponse
             */

            /**
             * Calls ReopenContainerLog.
             * @function reopenContainerLog
             * @memberof runtime.v1.RuntimeService
             * @instance
             * @param {runtime.v1.IReopenContainerLogRequest} request ReopenContainerLogRequest message or plain object
             * @param {runtime.v1.RuntimeService.ReopenContainerLogCallback} callback Node-style callback called with the error, if any, and ReopenContainerLogResponse
             * @returns {undefined}
             * @variation 1
             */
            Object.defineProperty(RuntimeService.prototype.reopenContainerLog = function reopenContainerLog(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, reopenContainerLog, $root.runtime.v1.ReopenContainerLogRequest, $root.runtime.v1.ReopenContainerLogResponse, request, callback);
            }, "name", { value: "ReopenContainerLog" });

            /**
             * Calls ReopenContainerLog.
             * @function reopenContainerLog
             * @memberof runtime.v1.RuntimeService
             * @instance
             * @param {runtime.v1.IReopenContainerLogRequest} request ReopenContainerLogRequest message or plain object
             * @returns {Promise<runtime.v1.ReopenContainerLogResponse>} Promise
             * @variation 2
             */

            /**
             * Callback as used by {@link runtime.v1.RuntimeService#execSync}.
             * @memberof runtime.v1.RuntimeService
             * @typedef ExecSyncCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {runtime.v1.ExecSyncResponse} [response] ExecSyncResponse
             */

            /**
             * Calls ExecSync.
             * @function execSync
             * @memberof runtime.v1.RuntimeService
             * @instance
             * @param {runtime.v1.IExecSyncRequest} request ExecSyncRequest message or plain object
             * @param {runtime.v1.RuntimeService.ExecSyncCallback} callback Node-style callback called with the error, if any, and ExecSyncResponse
             * @returns {undefined}
             * @variation 1
             */
            Object.defineProperty(RuntimeService.prototype.execSync = function execSync(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, execSync, $root.runtime.v1.ExecSyncRequest, $root.runtime.v1.ExecSyncResponse, request, callback);
            }, "name", { value: "ExecSync" });

            /**
             * Calls ExecSync.
             * @function execSync
             * @memberof runtime.v1.RuntimeService
             * @instance
             * @param {runtime.v1.IExecSyncRequest} request ExecSyncRequest message or plain object
             * @returns {Promise<runtime.v1.ExecSyncResponse>} Promise
             * @variation 2
             */

            /**
             * Callback as used by {@link runtime.v1.RuntimeService#exec}.
             * @memberof runtime.v1.RuntimeService
             * @typedef ExecCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {runtime.v1.ExecResponse} [response] ExecResponse
             */

            /**
             * Calls Exec.
             * @function exec
             * @memberof runtime.v1.RuntimeService
             * @instance
             * @param {runtime.v1.IExecRequest} request ExecRequest message or plain object
             * @param {runtime.v1.RuntimeService.ExecCallback} callback Node-style callback called with the error, if any, and ExecResponse
             * @returns {undefined}
             * @variation 1
             */
            Object.defineProperty(RuntimeService.prototype.exec = function exec(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, exec, $root.runtime.v1.ExecRequest, $root.runtime.v1.ExecResponse, request, callback);
            }, "name", { value: "Exec" });

            /**
             * Calls Exec.
             * @function exec
             * @memberof runtime.v1.RuntimeService
             * @instance
             * @param {runtime.v1.IExecRequest} request ExecRequest message or plain object
             * @returns {Promise<runtime.v1.ExecResponse>} Promise
             * @variation 2
             */

            /**
             * Callback as used by {@link runtime.v1.RuntimeService#attach}.
             * @memberof runtime.v1.RuntimeService
             * @typedef AttachCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {runtime.v1.AttachResponse} [response] AttachResponse
             */

            /**
             * Calls Attach.
             * @function attach
             * @memberof runtime.v1.RuntimeService
             * @instance
             * @param {runtime.v1.IAttachRequest} request AttachRequest message or plain object
             * @param {runtime.v1.RuntimeService.AttachCallback} callback Node-style callback called with the error, if any, and AttachResponse
             * @returns {undefined}
             * @variation 1
             */
            Object.defineProperty(RuntimeService.prototype.attach = function attach(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, attach, $root.runtime.v1.AttachRequest, $root.runtime.v1.AttachResponse, request, callback);
            }, "name", { value: "Attach" });

            /**
             * Calls Attach.
             * @function attach
             * @memberof runtime.v1.RuntimeService
             * @instance
             * @param {runtime.v1.IAttachRequest} request AttachRequest message or plain object
             * @returns {Promise<runtime.v1.AttachResponse>} Promise
             * @variation 2
             */

            /**
             * Callback as used by {@link runtime.v1.RuntimeService#portForward}.
             * @memberof runtime.v1.RuntimeService
             * @typedef PortForwardCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {runtime.v1.PortForwardResponse} [response] PortForwardResponse
             */

            /**
             * Calls PortForward.
             * @function portForward
             * @memberof runtime.v1.RuntimeService
             * @instance
             * @param {runtime.v1.IPortForwardRequest} request PortForwardRequest message or plain object
             * @param {runtime.v1.RuntimeService.PortForwardCallback} callback Node-style callback called with the error, if any, and PortForwardResponse
             * @returns {undefined}
             * @variation 1
             */
            Object.defineProperty(RuntimeService.prototype.portForward = function portForward(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, portForward, $root.runtime.v1.PortForwardRequest, $root.runtime.v1.PortForwardResponse, request, callback);
            }, "name", { value: "PortForward" });

            /**
             * Calls PortForward.
             * @function portForward
             * @memberof runtime.v1.RuntimeService
             * @instance
             * @param {runtime.v1.IPortForwardRequest} request PortForwardRequest message or plain object
             * @returns {Promise<runtime.v1.PortForwardResponse>} Promise
             * @variation 2
             */

            /**
             * Callback as used by {@link runtime.v1.RuntimeService#containerStats}.
             * @memberof runtime.v1.RuntimeService
             * @typedef ContainerStatsCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {runtime.v1.ContainerStatsResponse} [response] ContainerStatsResponse
             */

            /**
             * Calls ContainerStats.
             * @function containerStats
             * @memberof runtime.v1.RuntimeService
             * @instance
             * @param {runtime.v1.IContainerStatsRequest} request ContainerStatsRequest message or plain object
             * @param {runtime.v1.RuntimeService.ContainerStatsCallback} callback Node-style callback called with the error, if any, and ContainerStatsResponse
             * @returns {undefined}
             * @variation 1
             */
            Object.defineProperty(RuntimeService.prototype.containerStats = function containerStats(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, containerStats, $root.runtime.v1.ContainerStatsRequest, $root.runtime.v1.ContainerStatsResponse, request, callback);
            }, "name", { value: "ContainerStats" });

            /**
             * Calls ContainerStats.
             * @function containerStats
             * @memberof runtime.v1.RuntimeService
             * @instance
             * @param {runtime.v1.IContainerStatsRequest} request ContainerStatsRequest message or plain object
             * @returns {Promise<runtime.v1.ContainerStatsResponse>} Promise
             * @variation 2
             */

            /**
             * Callback as used by {@link runtime.v1.RuntimeService#listContainerStats}.
             * @memberof runtime.v1.RuntimeService
             * @typedef ListContainerStatsCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {runtime.v1.ListContainerStatsResponse} [response] ListContainerStatsResponse
             */

            /**
             * Calls ListContainerStats.
             * @function listContainerStats
             * @memberof runtime.v1.RuntimeService
             * @instance
             * @param {runtime.v1.IListContainerStatsRequest} request ListContainerStatsRequest message or plain object
             * @param {runtime.v1.RuntimeService.ListContainerStatsCallback} callback Node-style callback called with the error, if any, and ListContainerStatsResponse
             * @returns {undefined}
             * @variation 1
             */
            Object.defineProperty(RuntimeService.prototype.listContainerStats = function listContainerStats(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, listContainerStats, $root.runtime.v1.ListContainerStatsRequest, $root.runtime.v1.ListContainerStatsResponse, request, callback);
            }, "name", { value: "ListContainerStats" });

            /**
             * Calls ListContainerStats.
             * @function listContainerStats
             * @memberof runtime.v1.RuntimeService
             * @instance
             * @param {runtime.v1.IListContainerStatsRequest} request ListContainerStatsRequest message or plain object
             * @returns {Promise<runtime.v1.ListContainerStatsResponse>} Promise
             * @variation 2
             */

            /**
             * Callback as used by {@link runtime.v1.RuntimeService#status}.
             * @memberof runtime.v1.RuntimeService
             * @typedef StatusCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {runtime.v1.StatusResponse} [response] StatusResponse
             */

            /**
             * Calls Status.
             * @function status
             * @memberof runtime.v1.RuntimeService
             * @instance
             * @param {runtime.v1.IStatusRequest} request StatusRequest message or plain object
             * @param {runtime.v1.RuntimeService.StatusCallback} callback Node-style callback called with the error, if any, and StatusResponse
             * @returns {undefined}
             * @variation 1
             */
            Object.defineProperty(RuntimeService.prototype.status = function status(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, status, $root.runtime.v1.StatusRequest, $root.runtime.v1.StatusResponse, request, callback);
            }, "name", { value: "Status" });

            /**
             * Calls Status.
             * @function status
             * @memberof runtime.v1.RuntimeService
             * @instance
             * @param {runtime.v1.IStatusRequest} request StatusRequest message or plain object
             * @returns {Promise<runtime.v1.StatusResponse>} Promise
             * @variation 2
             */

            return RuntimeService;
        })();

        v1.ImageService = (function() {

            /**
             * Constructs a new ImageService service.
             * @memberof runtime.v1
             * @classdesc Represents an ImageService
             * @extends $protobuf.rpc.Service
             * @constructor
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             */
            function ImageService(rpcImpl, requestDelimited, responseDelimited) {
                $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
            }

            (ImageService.prototype = Object.create($protobuf.rpc.Service.prototype)).constructor = ImageService;

            /**
             * Creates new ImageService service using the specified rpc implementation.
             * @function create
             * @memberof runtime.v1.ImageService
             * @static
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             * @returns {ImageService} RPC service. Useful where requests and/or responses are streamed.
             */
            ImageService.create = function create(rpcImpl, requestDelimited, responseDelimited) {
                return new this(rpcImpl, requestDelimited, responseDelimited);
            };

            /**
             * Callback as used by {@link runtime.v1.ImageService#listImages}.
             * @memberof runtime.v1.ImageService
             * @typedef ListImagesCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {runtime.v1.ListImagesResponse} [response] ListImagesResponse
             */

            /**
             * Calls ListImages.
             * @function listImages
             * @memberof runtime.v1.ImageService
             * @instance
             * @param {runtime.v1.IListImagesRequest} request ListImagesRequest message or plain object
             * @param {runtime.v1.ImageService.ListImagesCallback} callback Node-style callback called with the error, if any, and ListImagesResponse
             * @returns {undefined}
             * @variation 1
             */
            Object.defineProperty(ImageService.prototype.listImages = function listImages(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, listImages, $root.runtime.v1.ListImagesRequest, $root.runtime.v1.ListImagesResponse, request, callback);
            }, "name", { value: "ListImages" });

            /**
             * Calls ListImages.
             * @function listImages
             * @memberof runtime.v1.ImageService
             * @instance
             * @param {runtime.v1.IListImagesRequest} request ListImagesRequest message or plain object
             * @returns {Promise<runtime.v1.ListImagesResponse>} Promise
             * @variation 2
             */

            /**
             * Callback as used by {@link runtime.v1.ImageService#imageStatus}.
             * @memberof runtime.v1.ImageService
             * @typedef ImageStatusCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {runtime.v1.ImageStatusResponse} [response] ImageStatusResponse
             */

            /**
             * Calls ImageStatus.
             * @function imageStatus
             * @memberof runtime.v1.ImageService
             * @instance
             * @param {runtime.v1.IImageStatusRequest} request ImageStatusRequest message or plain object
             * @param {runtime.v1.ImageService.ImageStatusCallback} callback Node-style callback called with the error, if any, and ImageStatusResponse
             * @returns {undefined}
             * @variation 1
             */
            Object.defineProperty(ImageService.prototype.imageStatus = function imageStatus(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, imageStatus, $root.runtime.v1.ImageStatusRequest, $root.runtime.v1.ImageStatusResponse, request, callback);
            }, "name", { value: "ImageStatus" });

            /**
             * Calls ImageStatus.
             * @function imageStatus
             * @memberof runtime.v1.ImageService
             * @instance
             * @param {runtime.v1.IImageStatusRequest} request ImageStatusRequest message or plain object
             * @returns {Promise<runtime.v1.ImageStatusResponse>} Promise
             * @variation 2
             */

            /**
             * Callback as used by {@link runtime.v1.ImageService#pullImage}.
             * @memberof runtime.v1.ImageService
             * @typedef PullImageCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {runtime.v1.PullImageResponse} [response] PullImageResponse
             */

            /**
             * Calls PullImage.
             * @function pullImage
             * @memberof runtime.v1.ImageService
             * @instance
             * @param {runtime.v1.IPullImageRequest} request PullImageRequest message or plain object
             * @param {runtime.v1.ImageService.PullImageCallback} callback Node-style callback called with the error, if any, and PullImageResponse
             * @returns {undefined}
             * @variation 1
             */
            Object.defineProperty(ImageService.prototype.pullImage = function pullImage(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, pullImage, $root.runtime.v1.PullImageRequest, $root.runtime.v1.PullImageResponse, request, callback);
            }, "name", { value: "PullImage" });

            /**
             * Calls PullImage.
             * @function pullImage
             * @memberof runtime.v1.ImageService
             * @instance
             * @param {runtime.v1.IPullImageRequest} request PullImageRequest message or plain object
             * @returns {Promise<runtime.v1.PullImageResponse>} Promise
             * @variation 2
             */

            /**
             * Callback as used by {@link runtime.v1.ImageService#removeImage}.
             * @memberof runtime.v1.ImageService
             * @typedef RemoveImageCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {runtime.v1.RemoveImageResponse} [response] RemoveImageResponse
             */

            /**
             * Calls RemoveImage.
             * @function removeImage
             * @memberof runtime.v1.ImageService
             * @instance
             * @param {runtime.v1.IRemoveImageRequest} request RemoveImageRequest message or plain object
             * @param {runtime.v1.ImageService.RemoveImageCallback} callback Node-style callback called with the error, if any, and RemoveImageResponse
             * @returns {undefined}
             * @variation 1
             */
            Object.defineProperty(ImageService.prototype.removeImage = function removeImage(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, removeImage, $root.runtime.v1.RemoveImageRequest, $root.runtime.v1.RemoveImageResponse, request, callback);
            }, "name", { value: "RemoveImage" });

            /**
             * Calls RemoveImage.
             * @function removeImage
             * @memberof runtime.v1.ImageService
             * @instance
             * @param {runtime.v1.IRemoveImageRequest} request RemoveImageRequest message or plain object
             * @returns {Promise<runtime.v1.RemoveImageResponse>} Promise
             * @variation 2
             */

            return ImageService;
        })();

        v1.VersionRequest = (function() {

            /**
             * Properties of a VersionRequest.
             * @memberof runtime.v1
             * @interface IVersionRequest
             * @property {string|null} [version] VersionRequest version
             */

            /**
             * Constructs a new VersionRequest.
             * @memberof runtime.v1
             * @classdesc Represents a VersionRequest.
             * @implements IVersionRequest
             * @constructor
             * @param {runtime.v1.IVersionRequest=} [properties] Properties to set
             */
            function VersionRequest(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * VersionRequest version.
             * @member {string} version
             * @memberof runtime.v1.VersionRequest
             * @instance
             */
            VersionRequest.prototype.version = "";

            /**
             * Creates a new VersionRequest instance using the specified properties.
             * @function create
             * @memberof runtime.v1.VersionRequest
             * @static
             * @param {runtime.v1.IVersionRequest=} [properties] Properties to set
             * @returns {runtime.v1.VersionRequest} VersionRequest instance
             */
            VersionRequest.create = function create(properties) {
                return new VersionRequest(properties);
            };

            /**
             * Encodes the specified VersionRequest message. Does not implicitly {@link runtime.v1.VersionRequest.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.VersionRequest
             * @static
             * @param {runtime.v1.IVersionRequest} message VersionRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VersionRequest.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.version != null && Object.hasOwnProperty.call(message, "version"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.version);
                return writer;
            };

            /**
             * Decodes a VersionRequest message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.VersionRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.VersionRequest} VersionRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VersionRequest.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.VersionRequest();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.version = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for VersionRequest
             * @function getTypeUrl
             * @memberof runtime.v1.VersionRequest
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            VersionRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.VersionRequest";
            };

            return VersionRequest;
        })();

        v1.VersionResponse = (function() {

            /**
             * Properties of a VersionResponse.
             * @memberof runtime.v1
             * @interface IVersionResponse
             * @property {string|null} [version] VersionResponse version
             * @property {string|null} [runtimeName] VersionResponse runtimeName
             * @property {string|null} [runtimeVersion] VersionResponse runtimeVersion
             * @property {string|null} [runtimeApiVersion] VersionResponse runtimeApiVersion
             */

            /**
             * Constructs a new VersionResponse.
             * @memberof runtime.v1
             * @classdesc Represents a VersionResponse.
             * @implements IVersionResponse
             * @constructor
             * @param {runtime.v1.IVersionResponse=} [properties] Properties to set
             */
            function VersionResponse(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * VersionResponse version.
             * @member {string} version
             * @memberof runtime.v1.VersionResponse
             * @instance
             */
            VersionResponse.prototype.version = "";

            /**
             * VersionResponse runtimeName.
             * @member {string} runtimeName
             * @memberof runtime.v1.VersionResponse
             * @instance
             */
            VersionResponse.prototype.runtimeName = "";

            /**
             * VersionResponse runtimeVersion.
             * @member {string} runtimeVersion
             * @memberof runtime.v1.VersionResponse
             * @instance
             */
            VersionResponse.prototype.runtimeVersion = "";

            /**
             * VersionResponse runtimeApiVersion.
             * @member {string} runtimeApiVersion
             * @memberof runtime.v1.VersionResponse
             * @instance
             */
            VersionResponse.prototype.runtimeApiVersion = "";

            /**
             * Creates a new VersionResponse instance using the specified properties.
             * @function create
             * @memberof runtime.v1.VersionResponse
             * @static
             * @param {runtime.v1.IVersionResponse=} [properties] Properties to set
             * @returns {runtime.v1.VersionResponse} VersionResponse instance
             */
            VersionResponse.create = function create(properties) {
                return new VersionResponse(properties);
            };

            /**
             * Encodes the specified VersionResponse message. Does not implicitly {@link runtime.v1.VersionResponse.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.VersionResponse
             * @static
             * @param {runtime.v1.IVersionResponse} message VersionResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VersionResponse.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.version != null && Object.hasOwnProperty.call(message, "version"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.version);
                if (message.runtimeName != null && Object.hasOwnProperty.call(message, "runtimeName"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.runtimeName);
                if (message.runtimeVersion != null && Object.hasOwnProperty.call(message, "runtimeVersion"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.runtimeVersion);
                if (message.runtimeApiVersion != null && Object.hasOwnProperty.call(message, "runtimeApiVersion"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.runtimeApiVersion);
                return writer;
            };

            /**
             * Decodes a VersionResponse message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.VersionResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.VersionResponse} VersionResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VersionResponse.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.VersionResponse();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.version = reader.string();
                            break;
                        }
                    case 2: {
                            message.runtimeName = reader.string();
                            break;
                        }
                    case 3: {
                            message.runtimeVersion = reader.string();
                            break;
                        }
                    case 4: {
                            message.runtimeApiVersion = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for VersionResponse
             * @function getTypeUrl
             * @memberof runtime.v1.VersionResponse
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            VersionResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.VersionResponse";
            };

            return VersionResponse;
        })();

        v1.DNSConfig = (function() {

            /**
             * Properties of a DNSConfig.
             * @memberof runtime.v1
             * @interface IDNSConfig
             * @property {Array.<string>|null} [servers] DNSConfig servers
             * @property {Array.<string>|null} [searches] DNSConfig searches
             * @property {Array.<string>|null} [options] DNSConfig options
             */

            /**
             * Constructs a new DNSConfig.
             * @memberof runtime.v1
             * @classdesc Represents a DNSConfig.
             * @implements IDNSConfig
             * @constructor
             * @param {runtime.v1.IDNSConfig=} [properties] Properties to set
             */
            function DNSConfig(properties) {
                this.servers = [];
                this.searches = [];
                this.options = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * DNSConfig servers.
             * @member {Array.<string>} servers
             * @memberof runtime.v1.DNSConfig
             * @instance
             */
            DNSConfig.prototype.servers = $util.emptyArray;

            /**
             * DNSConfig searches.
             * @member {Array.<string>} searches
             * @memberof runtime.v1.DNSConfig
             * @instance
             */
            DNSConfig.prototype.searches = $util.emptyArray;

            /**
             * DNSConfig options.
             * @member {Array.<string>} options
             * @memberof runtime.v1.DNSConfig
             * @instance
             */
            DNSConfig.prototype.options = $util.emptyArray;

            /**
             * Creates a new DNSConfig instance using the specified properties.
             * @function create
             * @memberof runtime.v1.DNSConfig
             * @static
             * @param {runtime.v1.IDNSConfig=} [properties] Properties to set
             * @returns {runtime.v1.DNSConfig} DNSConfig instance
             */
            DNSConfig.create = function create(properties) {
                return new DNSConfig(properties);
            };

            /**
             * Encodes the specified DNSConfig message. Does not implicitly {@link runtime.v1.DNSConfig.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.DNSConfig
             * @static
             * @param {runtime.v1.IDNSConfig} message DNSConfig message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DNSConfig.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.servers != null && message.servers.length)
                    for (let i = 0; i < message.servers.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.servers[i]);
                if (message.searches != null && message.searches.length)
                    for (let i = 0; i < message.searches.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.searches[i]);
                if (message.options != null && message.options.length)
                    for (let i = 0; i < message.options.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.options[i]);
                return writer;
            };

            /**
             * Decodes a DNSConfig message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.DNSConfig
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.DNSConfig} DNSConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DNSConfig.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.DNSConfig();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            if (!(message.servers && message.servers.length))
                                message.servers = [];
                            message.servers.push(reader.string());
                            break;
                        }
                    case 2: {
                            if (!(message.searches && message.searches.length))
                                message.searches = [];
                            message.searches.push(reader.string());
                            break;
                        }
                    case 3: {
                            if (!(message.options && message.options.length))
                                message.options = [];
                            message.options.push(reader.string());
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for DNSConfig
             * @function getTypeUrl
             * @memberof runtime.v1.DNSConfig
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            DNSConfig.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.DNSConfig";
            };

            return DNSConfig;
        })();

        /**
         * Protocol enum.
         * @name runtime.v1.Protocol
         * @enum {number}
         * @property {number} TCP=0 TCP value
         * @property {number} UDP=1 UDP value
         * @property {number} SCTP=2 SCTP value
         */
        v1.Protocol = (function() {
            const valuesById = {}, values = Object.create(valuesById);
            values[valuesById[0] = "TCP"] = 0;
            values[valuesById[1] = "UDP"] = 1;
            values[valuesById[2] = "SCTP"] = 2;
            return values;
        })();

        v1.PortMapping = (function() {

            /**
             * Properties of a PortMapping.
             * @memberof runtime.v1
             * @interface IPortMapping
             * @property {runtime.v1.Protocol|null} [protocol] PortMapping protocol
             * @property {number|null} [containerPort] PortMapping containerPort
             * @property {number|null} [hostPort] PortMapping hostPort
             * @property {string|null} [hostIp] PortMapping hostIp
             */

            /**
             * Constructs a new PortMapping.
             * @memberof runtime.v1
             * @classdesc Represents a PortMapping.
             * @implements IPortMapping
             * @constructor
             * @param {runtime.v1.IPortMapping=} [properties] Properties to set
             */
            function PortMapping(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * PortMapping protocol.
             * @member {runtime.v1.Protocol} protocol
             * @memberof runtime.v1.PortMapping
             * @instance
             */
            PortMapping.prototype.protocol = 0;

            /**
             * PortMapping containerPort.
             * @member {number} containerPort
             * @memberof runtime.v1.PortMapping
             * @instance
             */
            PortMapping.prototype.containerPort = 0;

            /**
             * PortMapping hostPort.
             * @member {number} hostPort
             * @memberof runtime.v1.PortMapping
             * @instance
             */
            PortMapping.prototype.hostPort = 0;

            /**
             * PortMapping hostIp.
             * @member {string} hostIp
             * @memberof runtime.v1.PortMapping
             * @instance
             */
            PortMapping.prototype.hostIp = "";

            /**
             * Creates a new PortMapping instance using the specified properties.
             * @function create
             * @memberof runtime.v1.PortMapping
             * @static
             * @param {runtime.v1.IPortMapping=} [properties] Properties to set
             * @returns {runtime.v1.PortMapping} PortMapping instance
             */
            PortMapping.create = function create(properties) {
                return new PortMapping(properties);
            };

            /**
             * Encodes the specified PortMapping message. Does not implicitly {@link runtime.v1.PortMapping.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.PortMapping
             * @static
             * @param {runtime.v1.IPortMapping} message PortMapping message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PortMapping.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.protocol != null && Object.hasOwnProperty.call(message, "protocol"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.protocol);
                if (message.containerPort != null && Object.hasOwnProperty.call(message, "containerPort"))
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.containerPort);
                if (message.hostPort != null && Object.hasOwnProperty.call(message, "hostPort"))
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.hostPort);
                if (message.hostIp != null && Object.hasOwnProperty.call(message, "hostIp"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.hostIp);
                return writer;
            };

            /**
             * Decodes a PortMapping message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.PortMapping
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.PortMapping} PortMapping
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PortMapping.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.PortMapping();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.protocol = reader.int32();
                            break;
                        }
                    case 2: {
                            message.containerPort = reader.int32();
                            break;
                        }
                    case 3: {
                            message.hostPort = reader.int32();
                            break;
                        }
                    case 4: {
                            message.hostIp = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for PortMapping
             * @function getTypeUrl
             * @memberof runtime.v1.PortMapping
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            PortMapping.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.PortMapping";
            };

            return PortMapping;
        })();

        /**
         * MountPropagation enum.
         * @name runtime.v1.MountPropagation
         * @enum {number}
         * @property {number} PROPAGATION_PRIVATE=0 PROPAGATION_PRIVATE value
         * @property {number} PROPAGATION_HOST_TO_CONTAINER=1 PROPAGATION_HOST_TO_CONTAINER value
         * @property {number} PROPAGATION_BIDIRECTIONAL=2 PROPAGATION_BIDIRECTIONAL value
         */
        v1.MountPropagation = (function() {
            const valuesById = {}, values = Object.create(valuesById);
            values[valuesById[0] = "PROPAGATION_PRIVATE"] = 0;
            values[valuesById[1] = "PROPAGATION_HOST_TO_CONTAINER"] = 1;
            values[valuesById[2] = "PROPAGATION_BIDIRECTIONAL"] = 2;
            return values;
        })();

        v1.Mount = (function() {

            /**
             * Properties of a Mount.
             * @memberof runtime.v1
             * @interface IMount
             * @property {string|null} [containerPath] Mount containerPath
             * @property {string|null} [hostPath] Mount hostPath
             * @property {boolean|null} [readonly] Mount readonly
             * @property {boolean|null} [selinuxRelabel] Mount selinuxRelabel
             * @property {runtime.v1.MountPropagation|null} [propagation] Mount propagation
             */

            /**
             * Constructs a new Mount.
             * @memberof runtime.v1
             * @classdesc Represents a Mount.
             * @implements IMount
             * @constructor
             * @param {runtime.v1.IMount=} [properties] Properties to set
             */
            function Mount(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Mount containerPath.
             * @member {string} containerPath
             * @memberof runtime.v1.Mount
             * @instance
             */
            Mount.prototype.containerPath = "";

            /**
             * Mount hostPath.
             * @member {string} hostPath
             * @memberof runtime.v1.Mount
             * @instance
             */
            Mount.prototype.hostPath = "";

            /**
             * Mount readonly.
             * @member {boolean} readonly
             * @memberof runtime.v1.Mount
             * @instance
             */
            Mount.prototype.readonly = false;

            /**
             * Mount selinuxRelabel.
             * @member {boolean} selinuxRelabel
             * @memberof runtime.v1.Mount
             * @instance
             */
            Mount.prototype.selinuxRelabel = false;

            /**
             * Mount propagation.
             * @member {runtime.v1.MountPropagation} propagation
             * @memberof runtime.v1.Mount
             * @instance
             */
            Mount.prototype.propagation = 0;

            /**
             * Creates a new Mount instance using the specified properties.
             * @function create
             * @memberof runtime.v1.Mount
             * @static
             * @param {runtime.v1.IMount=} [properties] Properties to set
             * @returns {runtime.v1.Mount} Mount instance
             */
            Mount.create = function create(properties) {
                return new Mount(properties);
            };

            /**
             * Encodes the specified Mount message. Does not implicitly {@link runtime.v1.Mount.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.Mount
             * @static
             * @param {runtime.v1.IMount} message Mount message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Mount.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.containerPath != null && Object.hasOwnProperty.call(message, "containerPath"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.containerPath);
                if (message.hostPath != null && Object.hasOwnProperty.call(message, "hostPath"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.hostPath);
                if (message.readonly != null && Object.hasOwnProperty.call(message, "readonly"))
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.readonly);
                if (message.selinuxRelabel != null && Object.hasOwnProperty.call(message, "selinuxRelabel"))
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.selinuxRelabel);
                if (message.propagation != null && Object.hasOwnProperty.call(message, "propagation"))
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.propagation);
                return writer;
            };

            /**
             * Decodes a Mount message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.Mount
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.Mount} Mount
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Mount.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.Mount();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.containerPath = reader.string();
                            break;
                        }
                    case 2: {
                            message.hostPath = reader.string();
                            break;
                        }
                    case 3: {
                            message.readonly = reader.bool();
                            break;
                        }
                    case 4: {
                            message.selinuxRelabel = reader.bool();
                            break;
                        }
                    case 5: {
                            message.propagation = reader.int32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for Mount
             * @function getTypeUrl
             * @memberof runtime.v1.Mount
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Mount.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.Mount";
            };

            return Mount;
        })();

        v1.IDMapping = (function() {

            /**
             * Properties of a IDMapping.
             * @memberof runtime.v1
             * @interface IIDMapping
             * @property {number|null} [hostId] IDMapping hostId
             * @property {number|null} [containerId] IDMapping containerId
             * @property {number|null} [length] IDMapping length
             */

            /**
             * Constructs a new IDMapping.
             * @memberof runtime.v1
             * @classdesc Represents a IDMapping.
             * @implements IIDMapping
             * @constructor
             * @param {runtime.v1.IIDMapping=} [properties] Properties to set
             */
            function IDMapping(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * IDMapping hostId.
             * @member {number} hostId
             * @memberof runtime.v1.IDMapping
             * @instance
             */
            IDMapping.prototype.hostId = 0;

            /**
             * IDMapping containerId.
             * @member {number} containerId
             * @memberof runtime.v1.IDMapping
             * @instance
             */
            IDMapping.prototype.containerId = 0;

            /**
             * IDMapping length.
             * @member {number} length
             * @memberof runtime.v1.IDMapping
             * @instance
             */
            IDMapping.prototype.length = 0;

            /**
             * Creates a new IDMapping instance using the specified properties.
             * @function create
             * @memberof runtime.v1.IDMapping
             * @static
             * @param {runtime.v1.IIDMapping=} [properties] Properties to set
             * @returns {runtime.v1.IDMapping} IDMapping instance
             */
            IDMapping.create = function create(properties) {
                return new IDMapping(properties);
            };

            /**
             * Encodes the specified IDMapping message. Does not implicitly {@link runtime.v1.IDMapping.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.IDMapping
             * @static
             * @param {runtime.v1.IIDMapping} message IDMapping message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            IDMapping.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.hostId != null && Object.hasOwnProperty.call(message, "hostId"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.hostId);
                if (message.containerId != null && Object.hasOwnProperty.call(message, "containerId"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.containerId);
                if (message.length != null && Object.hasOwnProperty.call(message, "length"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.length);
                return writer;
            };

            /**
             * Decodes a IDMapping message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.IDMapping
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.IDMapping} IDMapping
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            IDMapping.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.IDMapping();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.hostId = reader.uint32();
                            break;
                        }
                    case 2: {
                            message.containerId = reader.uint32();
                            break;
                        }
                    case 3: {
                            message.length = reader.uint32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for IDMapping
             * @function getTypeUrl
             * @memberof runtime.v1.IDMapping
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            IDMapping.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.IDMapping";
            };

            return IDMapping;
        })();

        /**
         * NamespaceMode enum.
         * @name runtime.v1.NamespaceMode
         * @enum {number}
         * @property {number} POD=0 POD value
         * @property {number} CONTAINER=1 CONTAINER value
         * @property {number} NODE=2 NODE value
         * @property {number} TARGET=3 TARGET value
         */
        v1.NamespaceMode = (function() {
            const valuesById = {}, values = Object.create(valuesById);
            values[valuesById[0] = "POD"] = 0;
            values[valuesById[1] = "CONTAINER"] = 1;
            values[valuesById[2] = "NODE"] = 2;
            values[valuesById[3] = "TARGET"] = 3;
            return values;
        })();

        v1.UserNamespace = (function() {

            /**
             * Properties of a UserNamespace.
             * @memberof runtime.v1
             * @interface IUserNamespace
             * @property {runtime.v1.NamespaceMode|null} [mode] UserNamespace mode
             * @property {Array.<runtime.v1.IIDMapping>|null} [uids] UserNamespace uids
             * @property {Array.<runtime.v1.IIDMapping>|null} [gids] UserNamespace gids
             */

            /**
             * Constructs a new UserNamespace.
             * @memberof runtime.v1
             * @classdesc Represents a UserNamespace.
             * @implements IUserNamespace
             * @constructor
             * @param {runtime.v1.IUserNamespace=} [properties] Properties to set
             */
            function UserNamespace(properties) {
                this.uids = [];
                this.gids = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * UserNamespace mode.
             * @member {runtime.v1.NamespaceMode} mode
             * @memberof runtime.v1.UserNamespace
             * @instance
             */
            UserNamespace.prototype.mode = 0;

            /**
             * UserNamespace uids.
             * @member {Array.<runtime.v1.IIDMapping>} uids
             * @memberof runtime.v1.UserNamespace
             * @instance
             */
            UserNamespace.prototype.uids = $util.emptyArray;

            /**
             * UserNamespace gids.
             * @member {Array.<runtime.v1.IIDMapping>} gids
             * @memberof runtime.v1.UserNamespace
             * @instance
             */
            UserNamespace.prototype.gids = $util.emptyArray;

            /**
             * Creates a new UserNamespace instance using the specified properties.
             * @function create
             * @memberof runtime.v1.UserNamespace
             * @static
             * @param {runtime.v1.IUserNamespace=} [properties] Properties to set
             * @returns {runtime.v1.UserNamespace} UserNamespace instance
             */
            UserNamespace.create = function create(properties) {
                return new UserNamespace(properties);
            };

            /**
             * Encodes the specified UserNamespace message. Does not implicitly {@link runtime.v1.UserNamespace.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.UserNamespace
             * @static
             * @param {runtime.v1.IUserNamespace} message UserNamespace message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UserNamespace.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.mode != null && Object.hasOwnProperty.call(message, "mode"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.mode);
                if (message.uids != null && message.uids.length)
                    for (let i = 0; i < message.uids.length; ++i)
                        $root.runtime.v1.IDMapping.encode(message.uids[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (message.gids != null && message.gids.length)
                    for (let i = 0; i < message.gids.length; ++i)
                        $root.runtime.v1.IDMapping.encode(message.gids[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a UserNamespace message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.UserNamespace
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.UserNamespace} UserNamespace
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UserNamespace.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.UserNamespace();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.mode = reader.int32();
                            break;
                        }
                    case 2: {
                            if (!(message.uids && message.uids.length))
                                message.uids = [];
                            message.uids.push($root.runtime.v1.IDMapping.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 3: {
                            if (!(message.gids && message.gids.length))
                                message.gids = [];
                            message.gids.push($root.runtime.v1.IDMapping.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for UserNamespace
             * @function getTypeUrl
             * @memberof runtime.v1.UserNamespace
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            UserNamespace.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.UserNamespace";
            };

            return UserNamespace;
        })();

        v1.NamespaceOption = (function() {

            /**
             * Properties of a NamespaceOption.
             * @memberof runtime.v1
             * @interface INamespaceOption
             * @property {runtime.v1.NamespaceMode|null} [network] NamespaceOption network
             * @property {runtime.v1.NamespaceMode|null} [pid] NamespaceOption pid
             * @property {runtime.v1.NamespaceMode|null} [ipc] NamespaceOption ipc
             * @property {string|null} [targetId] NamespaceOption targetId
             * @property {runtime.v1.IUserNamespace|null} [usernsOptions] NamespaceOption usernsOptions
             */

            /**
             * Constructs a new NamespaceOption.
             * @memberof runtime.v1
             * @classdesc Represents a NamespaceOption.
             * @implements INamespaceOption
             * @constructor
             * @param {runtime.v1.INamespaceOption=} [properties] Properties to set
             */
            function NamespaceOption(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * NamespaceOption network.
             * @member {runtime.v1.NamespaceMode} network
             * @memberof runtime.v1.NamespaceOption
             * @instance
             */
            NamespaceOption.prototype.network = 0;

            /**
             * NamespaceOption pid.
             * @member {runtime.v1.NamespaceMode} pid
             * @memberof runtime.v1.NamespaceOption
             * @instance
             */
            NamespaceOption.prototype.pid = 0;

            /**
             * NamespaceOption ipc.
             * @member {runtime.v1.NamespaceMode} ipc
             * @memberof runtime.v1.NamespaceOption
             * @instance
             */
            NamespaceOption.prototype.ipc = 0;

            /**
             * NamespaceOption targetId.
             * @member {string} targetId
             * @memberof runtime.v1.NamespaceOption
             * @instance
             */
            NamespaceOption.prototype.targetId = "";

            /**
             * NamespaceOption usernsOptions.
             * @member {runtime.v1.IUserNamespace|null|undefined} usernsOptions
             * @memberof runtime.v1.NamespaceOption
             * @instance
             */
            NamespaceOption.prototype.usernsOptions = null;

            /**
             * Creates a new NamespaceOption instance using the specified properties.
             * @function create
             * @memberof runtime.v1.NamespaceOption
             * @static
             * @param {runtime.v1.INamespaceOption=} [properties] Properties to set
             * @returns {runtime.v1.NamespaceOption} NamespaceOption instance
             */
            NamespaceOption.create = function create(properties) {
                return new NamespaceOption(properties);
            };

            /**
             * Encodes the specified NamespaceOption message. Does not implicitly {@link runtime.v1.NamespaceOption.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.NamespaceOption
             * @static
             * @param {runtime.v1.INamespaceOption} message NamespaceOption message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NamespaceOption.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.network != null && Object.hasOwnProperty.call(message, "network"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.network);
                if (message.pid != null && Object.hasOwnProperty.call(message, "pid"))
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.pid);
                if (message.ipc != null && Object.hasOwnProperty.call(message, "ipc"))
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.ipc);
                if (message.targetId != null && Object.hasOwnProperty.call(message, "targetId"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.targetId);
                if (message.usernsOptions != null && Object.hasOwnProperty.call(message, "usernsOptions"))
                    $root.runtime.v1.UserNamespace.encode(message.usernsOptions, writer.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a NamespaceOption message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.NamespaceOption
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.NamespaceOption} NamespaceOption
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NamespaceOption.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.NamespaceOption();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.network = reader.int32();
                            break;
                        }
                    case 2: {
                            message.pid = reader.int32();
                            break;
                        }
                    case 3: {
                            message.ipc = reader.int32();
                            break;
                        }
                    case 4: {
                            message.targetId = reader.string();
                            break;
                        }
                    case 5: {
                            message.usernsOptions = $root.runtime.v1.UserNamespace.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for NamespaceOption
             * @function getTypeUrl
             * @memberof runtime.v1.NamespaceOption
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            NamespaceOption.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.NamespaceOption";
            };

            return NamespaceOption;
        })();

        v1.Int64Value = (function() {

            /**
             * Properties of an Int64Value.
             * @memberof runtime.v1
             * @interface IInt64Value
             * @property {number|null} [value] Int64Value value
             */

            /**
             * Constructs a new Int64Value.
             * @memberof runtime.v1
             * @classdesc Represents an Int64Value.
             * @implements IInt64Value
             * @constructor
             * @param {runtime.v1.IInt64Value=} [properties] Properties to set
             */
            function Int64Value(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Int64Value value.
             * @member {number} value
             * @memberof runtime.v1.Int64Value
             * @instance
             */
            Int64Value.prototype.value = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new Int64Value instance using the specified properties.
             * @function create
             * @memberof runtime.v1.Int64Value
             * @static
             * @param {runtime.v1.IInt64Value=} [properties] Properties to set
             * @returns {runtime.v1.Int64Value} Int64Value instance
             */
            Int64Value.create = function create(properties) {
                return new Int64Value(properties);
            };

            /**
             * Encodes the specified Int64Value message. Does not implicitly {@link runtime.v1.Int64Value.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.Int64Value
             * @static
             * @param {runtime.v1.IInt64Value} message Int64Value message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Int64Value.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.value != null && Object.hasOwnProperty.call(message, "value"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.value);
                return writer;
            };

            /**
             * Decodes an Int64Value message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.Int64Value
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.Int64Value} Int64Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Int64Value.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.Int64Value();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.value = reader.int64();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for Int64Value
             * @function getTypeUrl
             * @memberof runtime.v1.Int64Value
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Int64Value.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.Int64Value";
            };

            return Int64Value;
        })();

        v1.LinuxSandboxSecurityContext = (function() {

            /**
             * Properties of a LinuxSandboxSecurityContext.
             * @memberof runtime.v1
             * @interface ILinuxSandboxSecurityContext
             * @property {runtime.v1.INamespaceOption|null} [namespaceOptions] LinuxSandboxSecurityContext namespaceOptions
             * @property {runtime.v1.ISELinuxOption|null} [selinuxOptions] LinuxSandboxSecurityContext selinuxOptions
             * @property {runtime.v1.IInt64Value|null} [runAsUser] LinuxSandboxSecurityContext runAsUser
             * @property {runtime.v1.IInt64Value|null} [runAsGroup] LinuxSandboxSecurityContext runAsGroup
             * @property {boolean|null} [readonlyRootfs] LinuxSandboxSecurityContext readonlyRootfs
             * @property {Array.<number>|null} [supplementalGroups] LinuxSandboxSecurityContext supplementalGroups
             * @property {boolean|null} [privileged] LinuxSandboxSecurityContext privileged
             * @property {runtime.v1.ISecurityProfile|null} [seccomp] LinuxSandboxSecurityContext seccomp
             * @property {runtime.v1.ISecurityProfile|null} [apparmor] LinuxSandboxSecurityContext apparmor
             * @property {string|null} [seccompProfilePath] LinuxSandboxSecurityContext seccompProfilePath
             */

            /**
             * Constructs a new LinuxSandboxSecurityContext.
             * @memberof runtime.v1
             * @classdesc Represents a LinuxSandboxSecurityContext.
             * @implements ILinuxSandboxSecurityContext
             * @constructor
             * @param {runtime.v1.ILinuxSandboxSecurityContext=} [properties] Properties to set
             */
            function LinuxSandboxSecurityContext(properties) {
                this.supplementalGroups = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * LinuxSandboxSecurityContext namespaceOptions.
             * @member {runtime.v1.INamespaceOption|null|undefined} namespaceOptions
             * @memberof runtime.v1.LinuxSandboxSecurityContext
             * @instance
             */
            LinuxSandboxSecurityContext.prototype.namespaceOptions = null;

            /**
             * LinuxSandboxSecurityContext selinuxOptions.
             * @member {runtime.v1.ISELinuxOption|null|undefined} selinuxOptions
             * @memberof runtime.v1.LinuxSandboxSecurityContext
             * @instance
             */
            LinuxSandboxSecurityContext.prototype.selinuxOptions = null;

            /**
             * LinuxSandboxSecurityContext runAsUser.
             * @member {runtime.v1.IInt64Value|null|undefined} runAsUser
             * @memberof runtime.v1.LinuxSandboxSecurityContext
             * @instance
             */
            LinuxSandboxSecurityContext.prototype.runAsUser = null;

            /**
             * LinuxSandboxSecurityContext runAsGroup.
             * @member {runtime.v1.IInt64Value|null|undefined} runAsGroup
             * @memberof runtime.v1.LinuxSandboxSecurityContext
             * @instance
             */
            LinuxSandboxSecurityContext.prototype.runAsGroup = null;

            /**
             * LinuxSandboxSecurityContext readonlyRootfs.
             * @member {boolean} readonlyRootfs
             * @memberof runtime.v1.LinuxSandboxSecurityContext
             * @instance
             */
            LinuxSandboxSecurityContext.prototype.readonlyRootfs = false;

            /**
             * LinuxSandboxSecurityContext supplementalGroups.
             * @member {Array.<number>} supplementalGroups
             * @memberof runtime.v1.LinuxSandboxSecurityContext
             * @instance
             */
            LinuxSandboxSecurityContext.prototype.supplementalGroups = $util.emptyArray;

            /**
             * LinuxSandboxSecurityContext privileged.
             * @member {boolean} privileged
             * @memberof runtime.v1.LinuxSandboxSecurityContext
             * @instance
             */
            LinuxSandboxSecurityContext.prototype.privileged = false;

            /**
             * LinuxSandboxSecurityContext seccomp.
             * @member {runtime.v1.ISecurityProfile|null|undefined} seccomp
             * @memberof runtime.v1.LinuxSandboxSecurityContext
             * @instance
             */
            LinuxSandboxSecurityContext.prototype.seccomp = null;

            /**
             * LinuxSandboxSecurityContext apparmor.
             * @member {runtime.v1.ISecurityProfile|null|undefined} apparmor
             * @memberof runtime.v1.LinuxSandboxSecurityContext
             * @instance
             */
            LinuxSandboxSecurityContext.prototype.apparmor = null;

            /**
             * LinuxSandboxSecurityContext seccompProfilePath.
             * @member {string} seccompProfilePath
             * @memberof runtime.v1.LinuxSandboxSecurityContext
             * @instance
             */
            LinuxSandboxSecurityContext.prototype.seccompProfilePath = "";

            /**
             * Creates a new LinuxSandboxSecurityContext instance using the specified properties.
             * @function create
             * @memberof runtime.v1.LinuxSandboxSecurityContext
             * @static
             * @param {runtime.v1.ILinuxSandboxSecurityContext=} [properties] Properties to set
             * @returns {runtime.v1.LinuxSandboxSecurityContext} LinuxSandboxSecurityContext instance
             */
            LinuxSandboxSecurityContext.create = function create(properties) {
                return new LinuxSandboxSecurityContext(properties);
            };

            /**
             * Encodes the specified LinuxSandboxSecurityContext message. Does not implicitly {@link runtime.v1.LinuxSandboxSecurityContext.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.LinuxSandboxSecurityContext
             * @static
             * @param {runtime.v1.ILinuxSandboxSecurityContext} message LinuxSandboxSecurityContext message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LinuxSandboxSecurityContext.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.namespaceOptions != null && Object.hasOwnProperty.call(message, "namespaceOptions"))
                    $root.runtime.v1.NamespaceOption.encode(message.namespaceOptions, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (message.selinuxOptions != null && Object.hasOwnProperty.call(message, "selinuxOptions"))
                    $root.runtime.v1.SELinuxOption.encode(message.selinuxOptions, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (message.runAsUser != null && Object.hasOwnProperty.call(message, "runAsUser"))
                    $root.runtime.v1.Int64Value.encode(message.runAsUser, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (message.readonlyRootfs != null && Object.hasOwnProperty.call(message, "readonlyRootfs"))
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.readonlyRootfs);
                if (message.supplementalGroups != null && message.supplementalGroups.length) {
                    writer.uint32(/* id 5, wireType 2 =*/42).fork();
                    for (let i = 0; i < message.supplementalGroups.length; ++i)
                        writer.int64(message.supplementalGroups[i]);
                    writer.ldelim();
                }
                if (message.privileged != null && Object.hasOwnProperty.call(message, "privileged"))
                    writer.uint32(/* id 6, wireType 0 =*/48).bool(message.privileged);
                if (message.seccompProfilePath != null && Object.hasOwnProperty.call(message, "seccompProfilePath"))
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.seccompProfilePath);
                if (message.runAsGroup != null && Object.hasOwnProperty.call(message, "runAsGroup"))
                    $root.runtime.v1.Int64Value.encode(message.runAsGroup, writer.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
                if (message.seccomp != null && Object.hasOwnProperty.call(message, "seccomp"))
                    $root.runtime.v1.SecurityProfile.encode(message.seccomp, writer.uint32(/* id 9, wireType 2 =*/74).fork(), q + 1).ldelim();
                if (message.apparmor != null && Object.hasOwnProperty.call(message, "apparmor"))
                    $root.runtime.v1.SecurityProfile.encode(message.apparmor, writer.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a LinuxSandboxSecurityContext message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.LinuxSandboxSecurityContext
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.LinuxSandboxSecurityContext} LinuxSandboxSecurityContext
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LinuxSandboxSecurityContext.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.LinuxSandboxSecurityContext();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.namespaceOptions = $root.runtime.v1.NamespaceOption.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 2: {
                            message.selinuxOptions = $root.runtime.v1.SELinuxOption.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 3: {
                            message.runAsUser = $root.runtime.v1.Int64Value.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 8: {
                            message.runAsGroup = $root.runtime.v1.Int64Value.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 4: {
                            message.readonlyRootfs = reader.bool();
                            break;
                        }
                    case 5: {
                            if (!(message.supplementalGroups && message.supplementalGroups.length))
                                message.supplementalGroups = [];
                            if ((tag & 7) === 2) {
                                let end2 = reader.uint32() + reader.pos;
                                if (end2 > reader.len)
                                    throw RangeError("index out of range");
                                reader.len = end2;
                                while (reader.pos < end2)
                                    message.supplementalGroups.push(reader.int64());
                                if (reader.pos !== end2)
                                    throw RangeError("index out of range");
                                reader.len = end;
                            } else
                                message.supplementalGroups.push(reader.int64());
                            break;
                        }
                    case 6: {
                            message.privileged = reader.bool();
                            break;
                        }
                    case 9: {
                            message.seccomp = $root.runtime.v1.SecurityProfile.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 10: {
                            message.apparmor = $root.runtime.v1.SecurityProfile.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 7: {
                            message.seccompProfilePath = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for LinuxSandboxSecurityContext
             * @function getTypeUrl
             * @memberof runtime.v1.LinuxSandboxSecurityContext
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            LinuxSandboxSecurityContext.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.LinuxSandboxSecurityContext";
            };

            return LinuxSandboxSecurityContext;
        })();

        v1.SecurityProfile = (function() {

            /**
             * Properties of a SecurityProfile.
             * @memberof runtime.v1
             * @interface ISecurityProfile
             * @property {runtime.v1.SecurityProfile.ProfileType|null} [profileType] SecurityProfile profileType
             * @property {string|null} [localhostRef] SecurityProfile localhostRef
             */

            /**
             * Constructs a new SecurityProfile.
             * @memberof runtime.v1
             * @classdesc Represents a SecurityProfile.
             * @implements ISecurityProfile
             * @constructor
             * @param {runtime.v1.ISecurityProfile=} [properties] Properties to set
             */
            function SecurityProfile(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * SecurityProfile profileType.
             * @member {runtime.v1.SecurityProfile.ProfileType} profileType
             * @memberof runtime.v1.SecurityProfile
             * @instance
             */
            SecurityProfile.prototype.profileType = 0;

            /**
             * SecurityProfile localhostRef.
             * @member {string} localhostRef
             * @memberof runtime.v1.SecurityProfile
             * @instance
             */
            SecurityProfile.prototype.localhostRef = "";

            /**
             * Creates a new SecurityProfile instance using the specified properties.
             * @function create
             * @memberof runtime.v1.SecurityProfile
             * @static
             * @param {runtime.v1.ISecurityProfile=} [properties] Properties to set
             * @returns {runtime.v1.SecurityProfile} SecurityProfile instance
             */
            SecurityProfile.create = function create(properties) {
                return new SecurityProfile(properties);
            };

            /**
             * Encodes the specified SecurityProfile message. Does not implicitly {@link runtime.v1.SecurityProfile.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.SecurityProfile
             * @static
             * @param {runtime.v1.ISecurityProfile} message SecurityProfile message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SecurityProfile.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.profileType != null && Object.hasOwnProperty.call(message, "profileType"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.profileType);
                if (message.localhostRef != null && Object.hasOwnProperty.call(message, "localhostRef"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.localhostRef);
                return writer;
            };

            /**
             * Decodes a SecurityProfile message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.SecurityProfile
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.SecurityProfile} SecurityProfile
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SecurityProfile.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.SecurityProfile();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.profileType = reader.int32();
                            break;
                        }
                    case 2: {
                            message.localhostRef = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for SecurityProfile
             * @function getTypeUrl
             * @memberof runtime.v1.SecurityProfile
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            SecurityProfile.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.SecurityProfile";
            };

            /**
             * ProfileType enum.
             * @name runtime.v1.SecurityProfile.ProfileType
             * @enum {number}
             * @property {number} RuntimeDefault=0 RuntimeDefault value
             * @property {number} Unconfined=1 Unconfined value
             * @property {number} Localhost=2 Localhost value
             */
            SecurityProfile.ProfileType = (function() {
                const valuesById = {}, values = Object.create(valuesById);
                values[valuesById[0] = "RuntimeDefault"] = 0;
                values[valuesById[1] = "Unconfined"] = 1;
                values[valuesById[2] = "Localhost"] = 2;
                return values;
            })();

            return SecurityProfile;
        })();

        v1.LinuxPodSandboxConfig = (function() {

            /**
             * Properties of a LinuxPodSandboxConfig.
             * @memberof runtime.v1
             * @interface ILinuxPodSandboxConfig
             * @property {string|null} [cgroupParent] LinuxPodSandboxConfig cgroupParent
             * @property {runtime.v1.ILinuxSandboxSecurityContext|null} [securityContext] LinuxPodSandboxConfig securityContext
             * @property {Object.<string,string>|null} [sysctls] LinuxPodSandboxConfig sysctls
             * @property {runtime.v1.ILinuxContainerResources|null} [overhead] LinuxPodSandboxConfig overhead
             * @property {runtime.v1.ILinuxContainerResources|null} [resources] LinuxPodSandboxConfig resources
             */

            /**
             * Constructs a new LinuxPodSandboxConfig.
             * @memberof runtime.v1
             * @classdesc Represents a LinuxPodSandboxConfig.
             * @implements ILinuxPodSandboxConfig
             * @constructor
             * @param {runtime.v1.ILinuxPodSandboxConfig=} [properties] Properties to set
             */
            function LinuxPodSandboxConfig(properties) {
                this.sysctls = {};
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * LinuxPodSandboxConfig cgroupParent.
             * @member {string} cgroupParent
             * @memberof runtime.v1.LinuxPodSandboxConfig
             * @instance
             */
            LinuxPodSandboxConfig.prototype.cgroupParent = "";

            /**
             * LinuxPodSandboxConfig securityContext.
             * @member {runtime.v1.ILinuxSandboxSecurityContext|null|undefined} securityContext
             * @memberof runtime.v1.LinuxPodSandboxConfig
             * @instance
             */
            LinuxPodSandboxConfig.prototype.securityContext = null;

            /**
             * LinuxPodSandboxConfig sysctls.
             * @member {Object.<string,string>} sysctls
             * @memberof runtime.v1.LinuxPodSandboxConfig
             * @instance
             */
            LinuxPodSandboxConfig.prototype.sysctls = $util.emptyObject;

            /**
             * LinuxPodSandboxConfig overhead.
             * @member {runtime.v1.ILinuxContainerResources|null|undefined} overhead
             * @memberof runtime.v1.LinuxPodSandboxConfig
             * @instance
             */
            LinuxPodSandboxConfig.prototype.overhead = null;

            /**
             * LinuxPodSandboxConfig resources.
             * @member {runtime.v1.ILinuxContainerResources|null|undefined} resources
             * @memberof runtime.v1.LinuxPodSandboxConfig
             * @instance
             */
            LinuxPodSandboxConfig.prototype.resources = null;

            /**
             * Creates a new LinuxPodSandboxConfig instance using the specified properties.
             * @function create
             * @memberof runtime.v1.LinuxPodSandboxConfig
             * @static
             * @param {runtime.v1.ILinuxPodSandboxConfig=} [properties] Properties to set
             * @returns {runtime.v1.LinuxPodSandboxConfig} LinuxPodSandboxConfig instance
             */
            LinuxPodSandboxConfig.create = function create(properties) {
                return new LinuxPodSandboxConfig(properties);
            };

            /**
             * Encodes the specified LinuxPodSandboxConfig message. Does not implicitly {@link runtime.v1.LinuxPodSandboxConfig.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.LinuxPodSandboxConfig
             * @static
             * @param {runtime.v1.ILinuxPodSandboxConfig} message LinuxPodSandboxConfig message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LinuxPodSandboxConfig.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.cgroupParent != null && Object.hasOwnProperty.call(message, "cgroupParent"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.cgroupParent);
                if (message.securityContext != null && Object.hasOwnProperty.call(message, "securityContext"))
                    $root.runtime.v1.LinuxSandboxSecurityContext.encode(message.securityContext, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (message.sysctls != null && Object.hasOwnProperty.call(message, "sysctls"))
                    for (let keys = Object.keys(message.sysctls), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.sysctls[keys[i]]).ldelim();
                if (message.overhead != null && Object.hasOwnProperty.call(message, "overhead"))
                    $root.runtime.v1.LinuxContainerResources.encode(message.overhead, writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                if (message.resources != null && Object.hasOwnProperty.call(message, "resources"))
                    $root.runtime.v1.LinuxContainerResources.encode(message.resources, writer.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a LinuxPodSandboxConfig message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.LinuxPodSandboxConfig
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.LinuxPodSandboxConfig} LinuxPodSandboxConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LinuxPodSandboxConfig.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message, key, value;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.LinuxPodSandboxConfig();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.cgroupParent = reader.string();
                            break;
                        }
                    case 2: {
                            message.securityContext = $root.runtime.v1.LinuxSandboxSecurityContext.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 3: {
                            if (message.sysctls === $util.emptyObject)
                                message.sysctls = {};
                            let end2 = reader.uint32() + reader.pos;
                            if (end2 > reader.len)
                                throw RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.uint32();
                                switch (tag2 >>> 3) {
                                case 1:
                                    key = reader.string();
                                    break;
                                case 2:
                                    value = reader.string();
                                    break;
                                default:
                                    reader.skipType(tag2 & 7, long);
                                    break;
                                }
                            }
                            if (reader.pos !== end2)
                                throw RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.sysctls, key);
                            message.sysctls[key] = value;
                            break;
                        }
                    case 4: {
                            message.overhead = $root.runtime.v1.LinuxContainerResources.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 5: {
                            message.resources = $root.runtime.v1.LinuxContainerResources.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for LinuxPodSandboxConfig
             * @function getTypeUrl
             * @memberof runtime.v1.LinuxPodSandboxConfig
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            LinuxPodSandboxConfig.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.LinuxPodSandboxConfig";
            };

            return LinuxPodSandboxConfig;
        })();

        v1.PodSandboxMetadata = (function() {

            /**
             * Properties of a PodSandboxMetadata.
             * @memberof runtime.v1
             * @interface IPodSandboxMetadata
             * @property {string|null} [name] PodSandboxMetadata name
             * @property {string|null} [uid] PodSandboxMetadata uid
             * @property {string|null} [namespace] PodSandboxMetadata namespace
             * @property {number|null} [attempt] PodSandboxMetadata attempt
             */

            /**
             * Constructs a new PodSandboxMetadata.
             * @memberof runtime.v1
             * @classdesc Represents a PodSandboxMetadata.
             * @implements IPodSandboxMetadata
             * @constructor
             * @param {runtime.v1.IPodSandboxMetadata=} [properties] Properties to set
             */
            function PodSandboxMetadata(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * PodSandboxMetadata name.
             * @member {string} name
             * @memberof runtime.v1.PodSandboxMetadata
             * @instance
             */
            PodSandboxMetadata.prototype.name = "";

            /**
             * PodSandboxMetadata uid.
             * @member {string} uid
             * @memberof runtime.v1.PodSandboxMetadata
             * @instance
             */
            PodSandboxMetadata.prototype.uid = "";

            /**
             * PodSandboxMetadata namespace.
             * @member {string} namespace
             * @memberof runtime.v1.PodSandboxMetadata
             * @instance
             */
            PodSandboxMetadata.prototype.namespace = "";

            /**
             * PodSandboxMetadata attempt.
             * @member {number} attempt
             * @memberof runtime.v1.PodSandboxMetadata
             * @instance
             */
            PodSandboxMetadata.prototype.attempt = 0;

            /**
             * Creates a new PodSandboxMetadata instance using the specified properties.
             * @function create
             * @memberof runtime.v1.PodSandboxMetadata
             * @static
             * @param {runtime.v1.IPodSandboxMetadata=} [properties] Properties to set
             * @returns {runtime.v1.PodSandboxMetadata} PodSandboxMetadata instance
             */
            PodSandboxMetadata.create = function create(properties) {
                return new PodSandboxMetadata(properties);
            };

            /**
             * Encodes the specified PodSandboxMetadata message. Does not implicitly {@link runtime.v1.PodSandboxMetadata.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.PodSandboxMetadata
             * @static
             * @param {runtime.v1.IPodSandboxMetadata} message PodSandboxMetadata message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PodSandboxMetadata.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.uid != null && Object.hasOwnProperty.call(message, "uid"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.uid);
                if (message.namespace != null && Object.hasOwnProperty.call(message, "namespace"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.namespace);
                if (message.attempt != null && Object.hasOwnProperty.call(message, "attempt"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.attempt);
                return writer;
            };

            /**
             * Decodes a PodSandboxMetadata message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.PodSandboxMetadata
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.PodSandboxMetadata} PodSandboxMetadata
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PodSandboxMetadata.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.PodSandboxMetadata();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.name = reader.string();
                            break;
                        }
                    case 2: {
                            message.uid = reader.string();
                            break;
                        }
                    case 3: {
                            message.namespace = reader.string();
                            break;
                        }
                    case 4: {
                            message.attempt = reader.uint32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for PodSandboxMetadata
             * @function getTypeUrl
             * @memberof runtime.v1.PodSandboxMetadata
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            PodSandboxMetadata.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.PodSandboxMetadata";
            };

            return PodSandboxMetadata;
        })();

        v1.PodSandboxConfig = (function() {

            /**
             * Properties of a PodSandboxConfig.
             * @memberof runtime.v1
             * @interface IPodSandboxConfig
             * @property {runtime.v1.IPodSandboxMetadata|null} [metadata] PodSandboxConfig metadata
             * @property {string|null} [hostname] PodSandboxConfig hostname
             * @property {string|null} [logDirectory] PodSandboxConfig logDirectory
             * @property {runtime.v1.IDNSConfig|null} [dnsConfig] PodSandboxConfig dnsConfig
             * @property {Array.<runtime.v1.IPortMapping>|null} [portMappings] PodSandboxConfig portMappings
             * @property {Object.<string,string>|null} [labels] PodSandboxConfig labels
             * @property {Object.<string,string>|null} [annotations] PodSandboxConfig annotations
             * @property {runtime.v1.ILinuxPodSandboxConfig|null} [linux] PodSandboxConfig linux
             * @property {runtime.v1.IWindowsPodSandboxConfig|null} [windows] PodSandboxConfig windows
             */

            /**
             * Constructs a new PodSandboxConfig.
             * @memberof runtime.v1
             * @classdesc Represents a PodSandboxConfig.
             * @implements IPodSandboxConfig
             * @constructor
             * @param {runtime.v1.IPodSandboxConfig=} [properties] Properties to set
             */
            function PodSandboxConfig(properties) {
                this.portMappings = [];
                this.labels = {};
                this.annotations = {};
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * PodSandboxConfig metadata.
             * @member {runtime.v1.IPodSandboxMetadata|null|undefined} metadata
             * @memberof runtime.v1.PodSandboxConfig
             * @instance
             */
            PodSandboxConfig.prototype.metadata = null;

            /**
             * PodSandboxConfig hostname.
             * @member {string} hostname
             * @memberof runtime.v1.PodSandboxConfig
             * @instance
             */
            PodSandboxConfig.prototype.hostname = "";

            /**
             * PodSandboxConfig logDirectory.
             * @member {string} logDirectory
             * @memberof runtime.v1.PodSandboxConfig
             * @instance
             */
            PodSandboxConfig.prototype.logDirectory = "";

            /**
             * PodSandboxConfig dnsConfig.
             * @member {runtime.v1.IDNSConfig|null|undefined} dnsConfig
             * @memberof runtime.v1.PodSandboxConfig
             * @instance
             */
            PodSandboxConfig.prototype.dnsConfig = null;

            /**
             * PodSandboxConfig portMappings.
             * @member {Array.<runtime.v1.IPortMapping>} portMappings
             * @memberof runtime.v1.PodSandboxConfig
             * @instance
             */
            PodSandboxConfig.prototype.portMappings = $util.emptyArray;

            /**
             * PodSandboxConfig labels.
             * @member {Object.<string,string>} labels
             * @memberof runtime.v1.PodSandboxConfig
             * @instance
             */
            PodSandboxConfig.prototype.labels = $util.emptyObject;

            /**
             * PodSandboxConfig annotations.
             * @member {Object.<string,string>} annotations
             * @memberof runtime.v1.PodSandboxConfig
             * @instance
             */
            PodSandboxConfig.prototype.annotations = $util.emptyObject;

            /**
             * PodSandboxConfig linux.
             * @member {runtime.v1.ILinuxPodSandboxConfig|null|undefined} linux
             * @memberof runtime.v1.PodSandboxConfig
             * @instance
             */
            PodSandboxConfig.prototype.linux = null;

            /**
             * PodSandboxConfig windows.
             * @member {runtime.v1.IWindowsPodSandboxConfig|null|undefined} windows
             * @memberof runtime.v1.PodSandboxConfig
             * @instance
             */
            PodSandboxConfig.prototype.windows = null;

            /**
             * Creates a new PodSandboxConfig instance using the specified properties.
             * @function create
             * @memberof runtime.v1.PodSandboxConfig
             * @static
             * @param {runtime.v1.IPodSandboxConfig=} [properties] Properties to set
             * @returns {runtime.v1.PodSandboxConfig} PodSandboxConfig instance
             */
            PodSandboxConfig.create = function create(properties) {
                return new PodSandboxConfig(properties);
            };

            /**
             * Encodes the specified PodSandboxConfig message. Does not implicitly {@link runtime.v1.PodSandboxConfig.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.PodSandboxConfig
             * @static
             * @param {runtime.v1.IPodSandboxConfig} message PodSandboxConfig message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PodSandboxConfig.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.metadata != null && Object.hasOwnProperty.call(message, "metadata"))
                    $root.runtime.v1.PodSandboxMetadata.encode(message.metadata, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (message.hostname != null && Object.hasOwnProperty.call(message, "hostname"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.hostname);
                if (message.logDirectory != null && Object.hasOwnProperty.call(message, "logDirectory"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.logDirectory);
                if (message.dnsConfig != null && Object.hasOwnProperty.call(message, "dnsConfig"))
                    $root.runtime.v1.DNSConfig.encode(message.dnsConfig, writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                if (message.portMappings != null && message.portMappings.length)
                    for (let i = 0; i < message.portMappings.length; ++i)
                        $root.runtime.v1.PortMapping.encode(message.portMappings[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                if (message.labels != null && Object.hasOwnProperty.call(message, "labels"))
                    for (let keys = Object.keys(message.labels), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 6, wireType 2 =*/50).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.labels[keys[i]]).ldelim();
                if (message.annotations != null && Object.hasOwnProperty.call(message, "annotations"))
                    for (let keys = Object.keys(message.annotations), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 7, wireType 2 =*/58).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.annotations[keys[i]]).ldelim();
                if (message.linux != null && Object.hasOwnProperty.call(message, "linux"))
                    $root.runtime.v1.LinuxPodSandboxConfig.encode(message.linux, writer.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
                if (message.windows != null && Object.hasOwnProperty.call(message, "windows"))
                    $root.runtime.v1.WindowsPodSandboxConfig.encode(message.windows, writer.uint32(/* id 9, wireType 2 =*/74).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a PodSandboxConfig message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.PodSandboxConfig
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.PodSandboxConfig} PodSandboxConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PodSandboxConfig.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message, key, value;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.PodSandboxConfig();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.metadata = $root.runtime.v1.PodSandboxMetadata.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 2: {
                            message.hostname = reader.string();
                            break;
                        }
                    case 3: {
                            message.logDirectory = reader.string();
                            break;
                        }
                    case 4: {
                            message.dnsConfig = $root.runtime.v1.DNSConfig.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 5: {
                            if (!(message.portMappings && message.portMappings.length))
                                message.portMappings = [];
                            message.portMappings.push($root.runtime.v1.PortMapping.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 6: {
                            if (message.labels === $util.emptyObject)
                                message.labels = {};
                            let end2 = reader.uint32() + reader.pos;
                            if (end2 > reader.len)
                                throw RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.uint32();
                                switch (tag2 >>> 3) {
                                case 1:
                                    key = reader.string();
                                    break;
                                case 2:
                                    value = reader.string();
                                    break;
                                default:
                                    reader.skipType(tag2 & 7, long);
                                    break;
                                }
                            }
                            if (reader.pos !== end2)
                                throw RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.labels, key);
                            message.labels[key] = value;
                            break;
                        }
                    case 7: {
                            if (message.annotations === $util.emptyObject)
                                message.annotations = {};
                            let end2 = reader.uint32() + reader.pos;
                            if (end2 > reader.len)
                                throw RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.uint32();
                                switch (tag2 >>> 3) {
                                case 1:
                                    key = reader.string();
                                    break;
                                case 2:
                                    value = reader.string();
                                    break;
                                default:
                                    reader.skipType(tag2 & 7, long);
                                    break;
                                }
                            }
                            if (reader.pos !== end2)
                                throw RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.annotations, key);
                            message.annotations[key] = value;
                            break;
                        }
                    case 8: {
                            message.linux = $root.runtime.v1.LinuxPodSandboxConfig.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 9: {
                            message.windows = $root.runtime.v1.WindowsPodSandboxConfig.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for PodSandboxConfig
             * @function getTypeUrl
             * @memberof runtime.v1.PodSandboxConfig
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            PodSandboxConfig.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.PodSandboxConfig";
            };

            return PodSandboxConfig;
        })();

        v1.RunPodSandboxRequest = (function() {

            /**
             * Properties of a RunPodSandboxRequest.
             * @memberof runtime.v1
             * @interface IRunPodSandboxRequest
             * @property {runtime.v1.IPodSandboxConfig|null} [config] RunPodSandboxRequest config
             * @property {string|null} [runtimeHandler] RunPodSandboxRequest runtimeHandler
             */

            /**
             * Constructs a new RunPodSandboxRequest.
             * @memberof runtime.v1
             * @classdesc Represents a RunPodSandboxRequest.
             * @implements IRunPodSandboxRequest
             * @constructor
             * @param {runtime.v1.IRunPodSandboxRequest=} [properties] Properties to set
             */
            function RunPodSandboxRequest(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * RunPodSandboxRequest config.
             * @member {runtime.v1.IPodSandboxConfig|null|undefined} config
             * @memberof runtime.v1.RunPodSandboxRequest
             * @instance
             */
            RunPodSandboxRequest.prototype.config = null;

            /**
             * RunPodSandboxRequest runtimeHandler.
             * @member {string} runtimeHandler
             * @memberof runtime.v1.RunPodSandboxRequest
             * @instance
             */
            RunPodSandboxRequest.prototype.runtimeHandler = "";

            /**
             * Creates a new RunPodSandboxRequest instance using the specified properties.
             * @function create
             * @memberof runtime.v1.RunPodSandboxRequest
             * @static
             * @param {runtime.v1.IRunPodSandboxRequest=} [properties] Properties to set
             * @returns {runtime.v1.RunPodSandboxRequest} RunPodSandboxRequest instance
             */
            RunPodSandboxRequest.create = function create(properties) {
                return new RunPodSandboxRequest(properties);
            };

            /**
             * Encodes the specified RunPodSandboxRequest message. Does not implicitly {@link runtime.v1.RunPodSandboxRequest.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.RunPodSandboxRequest
             * @static
             * @param {runtime.v1.IRunPodSandboxRequest} message RunPodSandboxRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RunPodSandboxRequest.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.config != null && Object.hasOwnProperty.call(message, "config"))
                    $root.runtime.v1.PodSandboxConfig.encode(message.config, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (message.runtimeHandler != null && Object.hasOwnProperty.call(message, "runtimeHandler"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.runtimeHandler);
                return writer;
            };

            /**
             * Decodes a RunPodSandboxRequest message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.RunPodSandboxRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.RunPodSandboxRequest} RunPodSandboxRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RunPodSandboxRequest.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.RunPodSandboxRequest();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.config = $root.runtime.v1.PodSandboxConfig.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 2: {
                            message.runtimeHandler = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for RunPodSandboxRequest
             * @function getTypeUrl
             * @memberof runtime.v1.RunPodSandboxRequest
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            RunPodSandboxRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.RunPodSandboxRequest";
            };

            return RunPodSandboxRequest;
        })();

        v1.RunPodSandboxResponse = (function() {

            /**
             * Properties of a RunPodSandboxResponse.
             * @memberof runtime.v1
             * @interface IRunPodSandboxResponse
             * @property {string|null} [podSandboxId] RunPodSandboxResponse podSandboxId
             */

            /**
             * Constructs a new RunPodSandboxResponse.
             * @memberof runtime.v1
             * @classdesc Represents a RunPodSandboxResponse.
             * @implements IRunPodSandboxResponse
             * @constructor
             * @param {runtime.v1.IRunPodSandboxResponse=} [properties] Properties to set
             */
            function RunPodSandboxResponse(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * RunPodSandboxResponse podSandboxId.
             * @member {string} podSandboxId
             * @memberof runtime.v1.RunPodSandboxResponse
             * @instance
             */
            RunPodSandboxResponse.prototype.podSandboxId = "";

            /**
             * Creates a new RunPodSandboxResponse instance using the specified properties.
             * @function create
             * @memberof runtime.v1.RunPodSandboxResponse
             * @static
             * @param {runtime.v1.IRunPodSandboxResponse=} [properties] Properties to set
             * @returns {runtime.v1.RunPodSandboxResponse} RunPodSandboxResponse instance
             */
            RunPodSandboxResponse.create = function create(properties) {
                return new RunPodSandboxResponse(properties);
            };

            /**
             * Encodes the specified RunPodSandboxResponse message. Does not implicitly {@link runtime.v1.RunPodSandboxResponse.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.RunPodSandboxResponse
             * @static
             * @param {runtime.v1.IRunPodSandboxResponse} message RunPodSandboxResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RunPodSandboxResponse.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.podSandboxId != null && Object.hasOwnProperty.call(message, "podSandboxId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.podSandboxId);
                return writer;
            };

            /**
             * Decodes a RunPodSandboxResponse message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.RunPodSandboxResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.RunPodSandboxResponse} RunPodSandboxResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RunPodSandboxResponse.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.RunPodSandboxResponse();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.podSandboxId = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for RunPodSandboxResponse
             * @function getTypeUrl
             * @memberof runtime.v1.RunPodSandboxResponse
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            RunPodSandboxResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.RunPodSandboxResponse";
            };

            return RunPodSandboxResponse;
        })();

        v1.StopPodSandboxRequest = (function() {

            /**
             * Properties of a StopPodSandboxRequest.
             * @memberof runtime.v1
             * @interface IStopPodSandboxRequest
             * @property {string|null} [podSandboxId] StopPodSandboxRequest podSandboxId
             */

            /**
             * Constructs a new StopPodSandboxRequest.
             * @memberof runtime.v1
             * @classdesc Represents a StopPodSandboxRequest.
             * @implements IStopPodSandboxRequest
             * @constructor
             * @param {runtime.v1.IStopPodSandboxRequest=} [properties] Properties to set
             */
            function StopPodSandboxRequest(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * StopPodSandboxRequest podSandboxId.
             * @member {string} podSandboxId
             * @memberof runtime.v1.StopPodSandboxRequest
             * @instance
             */
            StopPodSandboxRequest.prototype.podSandboxId = "";

            /**
             * Creates a new StopPodSandboxRequest instance using the specified properties.
             * @function create
             * @memberof runtime.v1.StopPodSandboxRequest
             * @static
             * @param {runtime.v1.IStopPodSandboxRequest=} [properties] Properties to set
             * @returns {runtime.v1.StopPodSandboxRequest} StopPodSandboxRequest instance
             */
            StopPodSandboxRequest.create = function create(properties) {
                return new StopPodSandboxRequest(properties);
            };

            /**
             * Encodes the specified StopPodSandboxRequest message. Does not implicitly {@link runtime.v1.StopPodSandboxRequest.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.StopPodSandboxRequest
             * @static
             * @param {runtime.v1.IStopPodSandboxRequest} message StopPodSandboxRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StopPodSandboxRequest.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.podSandboxId != null && Object.hasOwnProperty.call(message, "podSandboxId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.podSandboxId);
                return writer;
            };

            /**
             * Decodes a StopPodSandboxRequest message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.StopPodSandboxRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.StopPodSandboxRequest} StopPodSandboxRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StopPodSandboxRequest.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.StopPodSandboxRequest();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.podSandboxId = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for StopPodSandboxRequest
             * @function getTypeUrl
             * @memberof runtime.v1.StopPodSandboxRequest
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            StopPodSandboxRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.StopPodSandboxRequest";
            };

            return StopPodSandboxRequest;
        })();

        v1.StopPodSandboxResponse = (function() {

            /**
             * Properties of a StopPodSandboxResponse.
             * @memberof runtime.v1
             * @interface IStopPodSandboxResponse
             */

            /**
             * Constructs a new StopPodSandboxResponse.
             * @memberof runtime.v1
             * @classdesc Represents a StopPodSandboxResponse.
             * @implements IStopPodSandboxResponse
             * @constructor
             * @param {runtime.v1.IStopPodSandboxResponse=} [properties] Properties to set
             */
            function StopPodSandboxResponse(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Creates a new StopPodSandboxResponse instance using the specified properties.
             * @function create
             * @memberof runtime.v1.StopPodSandboxResponse
             * @static
             * @param {runtime.v1.IStopPodSandboxResponse=} [properties] Properties to set
             * @returns {runtime.v1.StopPodSandboxResponse} StopPodSandboxResponse instance
             */
            StopPodSandboxResponse.create = function create(properties) {
                return new StopPodSandboxResponse(properties);
            };

            /**
             * Encodes the specified StopPodSandboxResponse message. Does not implicitly {@link runtime.v1.StopPodSandboxResponse.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.StopPodSandboxResponse
             * @static
             * @param {runtime.v1.IStopPodSandboxResponse} message StopPodSandboxResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StopPodSandboxResponse.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                return writer;
            };

            /**
             * Decodes a StopPodSandboxResponse message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.StopPodSandboxResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.StopPodSandboxResponse} StopPodSandboxResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StopPodSandboxResponse.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.StopPodSandboxResponse();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for StopPodSandboxResponse
             * @function getTypeUrl
             * @memberof runtime.v1.StopPodSandboxResponse
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            StopPodSandboxResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.StopPodSandboxResponse";
            };

            return StopPodSandboxResponse;
        })();

        v1.RemovePodSandboxRequest = (function() {

            /**
             * Properties of a RemovePodSandboxRequest.
             * @memberof runtime.v1
             * @interface IRemovePodSandboxRequest
             * @property {string|null} [podSandboxId] RemovePodSandboxRequest podSandboxId
             */

            /**
             * Constructs a new RemovePodSandboxRequest.
             * @memberof runtime.v1
             * @classdesc Represents a RemovePodSandboxRequest.
             * @implements IRemovePodSandboxRequest
             * @constructor
             * @param {runtime.v1.IRemovePodSandboxRequest=} [properties] Properties to set
             */
            function RemovePodSandboxRequest(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * RemovePodSandboxRequest podSandboxId.
             * @member {string} podSandboxId
             * @memberof runtime.v1.RemovePodSandboxRequest
             * @instance
             */
            RemovePodSandboxRequest.prototype.podSandboxId = "";

            /**
             * Creates a new RemovePodSandboxRequest instance using the specified properties.
             * @function create
             * @memberof runtime.v1.RemovePodSandboxRequest
             * @static
             * @param {runtime.v1.IRemovePodSandboxRequest=} [properties] Properties to set
             * @returns {runtime.v1.RemovePodSandboxRequest} RemovePodSandboxRequest instance
             */
            RemovePodSandboxRequest.create = function create(properties) {
                return new RemovePodSandboxRequest(properties);
            };

            /**
             * Encodes the specified RemovePodSandboxRequest message. Does not implicitly {@link runtime.v1.RemovePodSandboxRequest.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.RemovePodSandboxRequest
             * @static
             * @param {runtime.v1.IRemovePodSandboxRequest} message RemovePodSandboxRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RemovePodSandboxRequest.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.podSandboxId != null && Object.hasOwnProperty.call(message, "podSandboxId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.podSandboxId);
                return writer;
            };

            /**
             * Decodes a RemovePodSandboxRequest message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.RemovePodSandboxRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.RemovePodSandboxRequest} RemovePodSandboxRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RemovePodSandboxRequest.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.RemovePodSandboxRequest();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.podSandboxId = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for RemovePodSandboxRequest
             * @function getTypeUrl
             * @memberof runtime.v1.RemovePodSandboxRequest
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            RemovePodSandboxRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.RemovePodSandboxRequest";
            };

            return RemovePodSandboxRequest;
        })();

        v1.RemovePodSandboxResponse = (function() {

            /**
             * Properties of a RemovePodSandboxResponse.
             * @memberof runtime.v1
             * @interface IRemovePodSandboxResponse
             */

            /**
             * Constructs a new RemovePodSandboxResponse.
             * @memberof runtime.v1
             * @classdesc Represents a RemovePodSandboxResponse.
             * @implements IRemovePodSandboxResponse
             * @constructor
             * @param {runtime.v1.IRemovePodSandboxResponse=} [properties] Properties to set
             */
            function RemovePodSandboxResponse(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Creates a new RemovePodSandboxResponse instance using the specified properties.
             * @function create
             * @memberof runtime.v1.RemovePodSandboxResponse
             * @static
             * @param {runtime.v1.IRemovePodSandboxResponse=} [properties] Properties to set
             * @returns {runtime.v1.RemovePodSandboxResponse} RemovePodSandboxResponse instance
             */
            RemovePodSandboxResponse.create = function create(properties) {
                return new RemovePodSandboxResponse(properties);
            };

            /**
             * Encodes the specified RemovePodSandboxResponse message. Does not implicitly {@link runtime.v1.RemovePodSandboxResponse.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.RemovePodSandboxResponse
             * @static
             * @param {runtime.v1.IRemovePodSandboxResponse} message RemovePodSandboxResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RemovePodSandboxResponse.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                return writer;
            };

            /**
             * Decodes a RemovePodSandboxResponse message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.RemovePodSandboxResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.RemovePodSandboxResponse} RemovePodSandboxResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RemovePodSandboxResponse.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.RemovePodSandboxResponse();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for RemovePodSandboxResponse
             * @function getTypeUrl
             * @memberof runtime.v1.RemovePodSandboxResponse
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            RemovePodSandboxResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.RemovePodSandboxResponse";
            };

            return RemovePodSandboxResponse;
        })();

        v1.PodSandboxStatusRequest = (function() {

            /**
             * Properties of a PodSandboxStatusRequest.
             * @memberof runtime.v1
             * @interface IPodSandboxStatusRequest
             * @property {string|null} [podSandboxId] PodSandboxStatusRequest podSandboxId
             * @property {boolean|null} [verbose] PodSandboxStatusRequest verbose
             */

            /**
             * Constructs a new PodSandboxStatusRequest.
             * @memberof runtime.v1
             * @classdesc Represents a PodSandboxStatusRequest.
             * @implements IPodSandboxStatusRequest
             * @constructor
             * @param {runtime.v1.IPodSandboxStatusRequest=} [properties] Properties to set
             */
            function PodSandboxStatusRequest(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * PodSandboxStatusRequest podSandboxId.
             * @member {string} podSandboxId
             * @memberof runtime.v1.PodSandboxStatusRequest
             * @instance
             */
            PodSandboxStatusRequest.prototype.podSandboxId = "";

            /**
             * PodSandboxStatusRequest verbose.
             * @member {boolean} verbose
             * @memberof runtime.v1.PodSandboxStatusRequest
             * @instance
             */
            PodSandboxStatusRequest.prototype.verbose = false;

            /**
             * Creates a new PodSandboxStatusRequest instance using the specified properties.
             * @function create
             * @memberof runtime.v1.PodSandboxStatusRequest
             * @static
             * @param {runtime.v1.IPodSandboxStatusRequest=} [properties] Properties to set
             * @returns {runtime.v1.PodSandboxStatusRequest} PodSandboxStatusRequest instance
             */
            PodSandboxStatusRequest.create = function create(properties) {
                return new PodSandboxStatusRequest(properties);
            };

            /**
             * Encodes the specified PodSandboxStatusRequest message. Does not implicitly {@link runtime.v1.PodSandboxStatusRequest.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.PodSandboxStatusRequest
             * @static
             * @param {runtime.v1.IPodSandboxStatusRequest} message PodSandboxStatusRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PodSandboxStatusRequest.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.podSandboxId != null && Object.hasOwnProperty.call(message, "podSandboxId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.podSandboxId);
                if (message.verbose != null && Object.hasOwnProperty.call(message, "verbose"))
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.verbose);
                return writer;
            };

            /**
             * Decodes a PodSandboxStatusRequest message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.PodSandboxStatusRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.PodSandboxStatusRequest} PodSandboxStatusRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PodSandboxStatusRequest.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.PodSandboxStatusRequest();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.podSandboxId = reader.string();
                            break;
                        }
                    case 2: {
                            message.verbose = reader.bool();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for PodSandboxStatusRequest
             * @function getTypeUrl
             * @memberof runtime.v1.PodSandboxStatusRequest
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            PodSandboxStatusRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.PodSandboxStatusRequest";
            };

            return PodSandboxStatusRequest;
        })();

        v1.PodIP = (function() {

            /**
             * Properties of a PodIP.
             * @memberof runtime.v1
             * @interface IPodIP
             * @property {string|null} [ip] PodIP ip
             */

            /**
             * Constructs a new PodIP.
             * @memberof runtime.v1
             * @classdesc Represents a PodIP.
             * @implements IPodIP
             * @constructor
             * @param {runtime.v1.IPodIP=} [properties] Properties to set
             */
            function PodIP(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * PodIP ip.
             * @member {string} ip
             * @memberof runtime.v1.PodIP
             * @instance
             */
            PodIP.prototype.ip = "";

            /**
             * Creates a new PodIP instance using the specified properties.
             * @function create
             * @memberof runtime.v1.PodIP
             * @static
             * @param {runtime.v1.IPodIP=} [properties] Properties to set
             * @returns {runtime.v1.PodIP} PodIP instance
             */
            PodIP.create = function create(properties) {
                return new PodIP(properties);
            };

            /**
             * Encodes the specified PodIP message. Does not implicitly {@link runtime.v1.PodIP.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.PodIP
             * @static
             * @param {runtime.v1.IPodIP} message PodIP message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PodIP.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.ip != null && Object.hasOwnProperty.call(message, "ip"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.ip);
                return writer;
            };

            /**
             * Decodes a PodIP message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.PodIP
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.PodIP} PodIP
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PodIP.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.PodIP();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.ip = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for PodIP
             * @function getTypeUrl
             * @memberof runtime.v1.PodIP
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            PodIP.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.PodIP";
            };

            return PodIP;
        })();

        v1.PodSandboxNetworkStatus = (function() {

            /**
             * Properties of a PodSandboxNetworkStatus.
             * @memberof runtime.v1
             * @interface IPodSandboxNetworkStatus
             * @property {string|null} [ip] PodSandboxNetworkStatus ip
             * @property {Array.<runtime.v1.IPodIP>|null} [additionalIps] PodSandboxNetworkStatus additionalIps
             */

            /**
             * Constructs a new PodSandboxNetworkStatus.
             * @memberof runtime.v1
             * @classdesc Represents a PodSandboxNetworkStatus.
             * @implements IPodSandboxNetworkStatus
             * @constructor
             * @param {runtime.v1.IPodSandboxNetworkStatus=} [properties] Properties to set
             */
            function PodSandboxNetworkStatus(properties) {
                this.additionalIps = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * PodSandboxNetworkStatus ip.
             * @member {string} ip
             * @memberof runtime.v1.PodSandboxNetworkStatus
             * @instance
             */
            PodSandboxNetworkStatus.prototype.ip = "";

            /**
             * PodSandboxNetworkStatus additionalIps.
             * @member {Array.<runtime.v1.IPodIP>} additionalIps
             * @memberof runtime.v1.PodSandboxNetworkStatus
             * @instance
             */
            PodSandboxNetworkStatus.prototype.additionalIps = $util.emptyArray;

            /**
             * Creates a new PodSandboxNetworkStatus instance using the specified properties.
             * @function create
             * @memberof runtime.v1.PodSandboxNetworkStatus
             * @static
             * @param {runtime.v1.IPodSandboxNetworkStatus=} [properties] Properties to set
             * @returns {runtime.v1.PodSandboxNetworkStatus} PodSandboxNetworkStatus instance
             */
            PodSandboxNetworkStatus.create = function create(properties) {
                return new PodSandboxNetworkStatus(properties);
            };

            /**
             * Encodes the specified PodSandboxNetworkStatus message. Does not implicitly {@link runtime.v1.PodSandboxNetworkStatus.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.PodSandboxNetworkStatus
             * @static
             * @param {runtime.v1.IPodSandboxNetworkStatus} message PodSandboxNetworkStatus message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PodSandboxNetworkStatus.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.ip != null && Object.hasOwnProperty.call(message, "ip"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.ip);
                if (message.additionalIps != null && message.additionalIps.length)
                    for (let i = 0; i < message.additionalIps.length; ++i)
                        $root.runtime.v1.PodIP.encode(message.additionalIps[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a PodSandboxNetworkStatus message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.PodSandboxNetworkStatus
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.PodSandboxNetworkStatus} PodSandboxNetworkStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PodSandboxNetworkStatus.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.PodSandboxNetworkStatus();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.ip = reader.string();
                            break;
                        }
                    case 2: {
                            if (!(message.additionalIps && message.additionalIps.length))
                                message.additionalIps = [];
                            message.additionalIps.push($root.runtime.v1.PodIP.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for PodSandboxNetworkStatus
             * @function getTypeUrl
             * @memberof runtime.v1.PodSandboxNetworkStatus
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            PodSandboxNetworkStatus.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.PodSandboxNetworkStatus";
            };

            return PodSandboxNetworkStatus;
        })();

        v1.Namespace = (function() {

            /**
             * Properties of a Namespace.
             * @memberof runtime.v1
             * @interface INamespace
             * @property {runtime.v1.INamespaceOption|null} [options] Namespace options
             */

            /**
             * Constructs a new Namespace.
             * @memberof runtime.v1
             * @classdesc Represents a Namespace.
             * @implements INamespace
             * @constructor
             * @param {runtime.v1.INamespace=} [properties] Properties to set
             */
            function Namespace(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Namespace options.
             * @member {runtime.v1.INamespaceOption|null|undefined} options
             * @memberof runtime.v1.Namespace
             * @instance
             */
            Namespace.prototype.options = null;

            /**
             * Creates a new Namespace instance using the specified properties.
             * @function create
             * @memberof runtime.v1.Namespace
             * @static
             * @param {runtime.v1.INamespace=} [properties] Properties to set
             * @returns {runtime.v1.Namespace} Namespace instance
             */
            Namespace.create = function create(properties) {
                return new Namespace(properties);
            };

            /**
             * Encodes the specified Namespace message. Does not implicitly {@link runtime.v1.Namespace.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.Namespace
             * @static
             * @param {runtime.v1.INamespace} message Namespace message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Namespace.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.options != null && Object.hasOwnProperty.call(message, "options"))
                    $root.runtime.v1.NamespaceOption.encode(message.options, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a Namespace message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.Namespace
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.Namespace} Namespace
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Namespace.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.Namespace();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 2: {
                            message.options = $root.runtime.v1.NamespaceOption.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for Namespace
             * @function getTypeUrl
             * @memberof runtime.v1.Namespace
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Namespace.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.Namespace";
            };

            return Namespace;
        })();

        v1.LinuxPodSandboxStatus = (function() {

            /**
             * Properties of a LinuxPodSandboxStatus.
             * @memberof runtime.v1
             * @interface ILinuxPodSandboxStatus
             * @property {runtime.v1.INamespace|null} [namespaces] LinuxPodSandboxStatus namespaces
             */

            /**
             * Constructs a new LinuxPodSandboxStatus.
             * @memberof runtime.v1
             * @classdesc Represents a LinuxPodSandboxStatus.
             * @implements ILinuxPodSandboxStatus
             * @constructor
             * @param {runtime.v1.ILinuxPodSandboxStatus=} [properties] Properties to set
             */
            function LinuxPodSandboxStatus(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * LinuxPodSandboxStatus namespaces.
             * @member {runtime.v1.INamespace|null|undefined} namespaces
             * @memberof runtime.v1.LinuxPodSandboxStatus
             * @instance
             */
            LinuxPodSandboxStatus.prototype.namespaces = null;

            /**
             * Creates a new LinuxPodSandboxStatus instance using the specified properties.
             * @function create
             * @memberof runtime.v1.LinuxPodSandboxStatus
             * @static
             * @param {runtime.v1.ILinuxPodSandboxStatus=} [properties] Properties to set
             * @returns {runtime.v1.LinuxPodSandboxStatus} LinuxPodSandboxStatus instance
             */
            LinuxPodSandboxStatus.create = function create(properties) {
                return new LinuxPodSandboxStatus(properties);
            };

            /**
             * Encodes the specified LinuxPodSandboxStatus message. Does not implicitly {@link runtime.v1.LinuxPodSandboxStatus.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.LinuxPodSandboxStatus
             * @static
             * @param {runtime.v1.ILinuxPodSandboxStatus} message LinuxPodSandboxStatus message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LinuxPodSandboxStatus.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.namespaces != null && Object.hasOwnProperty.call(message, "namespaces"))
                    $root.runtime.v1.Namespace.encode(message.namespaces, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a LinuxPodSandboxStatus message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.LinuxPodSandboxStatus
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.LinuxPodSandboxStatus} LinuxPodSandboxStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LinuxPodSandboxStatus.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.LinuxPodSandboxStatus();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.namespaces = $root.runtime.v1.Namespace.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for LinuxPodSandboxStatus
             * @function getTypeUrl
             * @memberof runtime.v1.LinuxPodSandboxStatus
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            LinuxPodSandboxStatus.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.LinuxPodSandboxStatus";
            };

            return LinuxPodSandboxStatus;
        })();

        /**
         * PodSandboxState enum.
         * @name runtime.v1.PodSandboxState
         * @enum {number}
         * @property {number} SANDBOX_READY=0 SANDBOX_READY value
         * @property {number} SANDBOX_NOTREADY=1 SANDBOX_NOTREADY value
         */
        v1.PodSandboxState = (function() {
            const valuesById = {}, values = Object.create(valuesById);
            values[valuesById[0] = "SANDBOX_READY"] = 0;
            values[valuesById[1] = "SANDBOX_NOTREADY"] = 1;
            return values;
        })();

        v1.PodSandboxStatus = (function() {

            /**
             * Properties of a PodSandboxStatus.
             * @memberof runtime.v1
             * @interface IPodSandboxStatus
             * @property {string|null} [id] PodSandboxStatus id
             * @property {runtime.v1.IPodSandboxMetadata|null} [metadata] PodSandboxStatus metadata
             * @property {runtime.v1.PodSandboxState|null} [state] PodSandboxStatus state
             * @property {number|null} [createdAt] PodSandboxStatus createdAt
             * @property {runtime.v1.IPodSandboxNetworkStatus|null} [network] PodSandboxStatus network
             * @property {runtime.v1.ILinuxPodSandboxStatus|null} [linux] PodSandboxStatus linux
             * @property {Object.<string,string>|null} [labels] PodSandboxStatus labels
             * @property {Object.<string,string>|null} [annotations] PodSandboxStatus annotations
             * @property {string|null} [runtimeHandler] PodSandboxStatus runtimeHandler
             */

            /**
             * Constructs a new PodSandboxStatus.
             * @memberof runtime.v1
             * @classdesc Represents a PodSandboxStatus.
             * @implements IPodSandboxStatus
             * @constructor
             * @param {runtime.v1.IPodSandboxStatus=} [properties] Properties to set
             */
            function PodSandboxStatus(properties) {
                this.labels = {};
                this.annotations = {};
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * PodSandboxStatus id.
             * @member {string} id
             * @memberof runtime.v1.PodSandboxStatus
             * @instance
             */
            PodSandboxStatus.prototype.id = "";

            /**
             * PodSandboxStatus metadata.
             * @member {runtime.v1.IPodSandboxMetadata|null|undefined} metadata
             * @memberof runtime.v1.PodSandboxStatus
             * @instance
             */
            PodSandboxStatus.prototype.metadata = null;

            /**
             * PodSandboxStatus state.
             * @member {runtime.v1.PodSandboxState} state
             * @memberof runtime.v1.PodSandboxStatus
             * @instance
             */
            PodSandboxStatus.prototype.state = 0;

            /**
             * PodSandboxStatus createdAt.
             * @member {number} createdAt
             * @memberof runtime.v1.PodSandboxStatus
             * @instance
             */
            PodSandboxStatus.prototype.createdAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * PodSandboxStatus network.
             * @member {runtime.v1.IPodSandboxNetworkStatus|null|undefined} network
             * @memberof runtime.v1.PodSandboxStatus
             * @instance
             */
            PodSandboxStatus.prototype.network = null;

            /**
             * PodSandboxStatus linux.
             * @member {runtime.v1.ILinuxPodSandboxStatus|null|undefined} linux
             * @memberof runtime.v1.PodSandboxStatus
             * @instance
             */
            PodSandboxStatus.prototype.linux = null;

            /**
             * PodSandboxStatus labels.
             * @member {Object.<string,string>} labels
             * @memberof runtime.v1.PodSandboxStatus
             * @instance
             */
            PodSandboxStatus.prototype.labels = $util.emptyObject;

            /**
             * PodSandboxStatus annotations.
             * @member {Object.<string,string>} annotations
             * @memberof runtime.v1.PodSandboxStatus
             * @instance
             */
            PodSandboxStatus.prototype.annotations = $util.emptyObject;

            /**
             * PodSandboxStatus runtimeHandler.
             * @member {string} runtimeHandler
             * @memberof runtime.v1.PodSandboxStatus
             * @instance
             */
            PodSandboxStatus.prototype.runtimeHandler = "";

            /**
             * Creates a new PodSandboxStatus instance using the specified properties.
             * @function create
             * @memberof runtime.v1.PodSandboxStatus
             * @static
             * @param {runtime.v1.IPodSandboxStatus=} [properties] Properties to set
             * @returns {runtime.v1.PodSandboxStatus} PodSandboxStatus instance
             */
            PodSandboxStatus.create = function create(properties) {
                return new PodSandboxStatus(properties);
            };

            /**
             * Encodes the specified PodSandboxStatus message. Does not implicitly {@link runtime.v1.PodSandboxStatus.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.PodSandboxStatus
             * @static
             * @param {runtime.v1.IPodSandboxStatus} message PodSandboxStatus message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PodSandboxStatus.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                if (message.metadata != null && Object.hasOwnProperty.call(message, "metadata"))
                    $root.runtime.v1.PodSandboxMetadata.encode(message.metadata, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (message.state != null && Object.hasOwnProperty.call(message, "state"))
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.state);
                if (message.createdAt != null && Object.hasOwnProperty.call(message, "createdAt"))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.createdAt);
                if (message.network != null && Object.hasOwnProperty.call(message, "network"))
                    $root.runtime.v1.PodSandboxNetworkStatus.encode(message.network, writer.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                if (message.linux != null && Object.hasOwnProperty.call(message, "linux"))
                    $root.runtime.v1.LinuxPodSandboxStatus.encode(message.linux, writer.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                if (message.labels != null && Object.hasOwnProperty.call(message, "labels"))
                    for (let keys = Object.keys(message.labels), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 7, wireType 2 =*/58).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.labels[keys[i]]).ldelim();
                if (message.annotations != null && Object.hasOwnProperty.call(message, "annotations"))
                    for (let keys = Object.keys(message.annotations), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 8, wireType 2 =*/66).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.annotations[keys[i]]).ldelim();
                if (message.runtimeHandler != null && Object.hasOwnProperty.call(message, "runtimeHandler"))
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.runtimeHandler);
                return writer;
            };

            /**
             * Decodes a PodSandboxStatus message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.PodSandboxStatus
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.PodSandboxStatus} PodSandboxStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PodSandboxStatus.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message, key, value;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.PodSandboxStatus();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.id = reader.string();
                            break;
                        }
                    case 2: {
                            message.metadata = $root.runtime.v1.PodSandboxMetadata.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 3: {
                            message.state = reader.int32();
                            break;
                        }
                    case 4: {
                            message.createdAt = reader.int64();
                            break;
                        }
                    case 5: {
                            message.network = $root.runtime.v1.PodSandboxNetworkStatus.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 6: {
                            message.linux = $root.runtime.v1.LinuxPodSandboxStatus.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 7: {
                            if (message.labels === $util.emptyObject)
                                message.labels = {};
                            let end2 = reader.uint32() + reader.pos;
                            if (end2 > reader.len)
                                throw RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.uint32();
                                switch (tag2 >>> 3) {
                                case 1:
                                    key = reader.string();
                                    break;
                                case 2:
                                    value = reader.string();
                                    break;
                                default:
                                    reader.skipType(tag2 & 7, long);
                                    break;
                                }
                            }
                            if (reader.pos !== end2)
                                throw RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.labels, key);
                            message.labels[key] = value;
                            break;
                        }
                    case 8: {
                            if (message.annotations === $util.emptyObject)
                                message.annotations = {};
                            let end2 = reader.uint32() + reader.pos;
                            if (end2 > reader.len)
                                throw RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.uint32();
                                switch (tag2 >>> 3) {
                                case 1:
                                    key = reader.string();
                                    break;
                                case 2:
                                    value = reader.string();
                                    break;
                                default:
                                    reader.skipType(tag2 & 7, long);
                                    break;
                                }
                            }
                            if (reader.pos !== end2)
                                throw RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.annotations, key);
                            message.annotations[key] = value;
                            break;
                        }
                    case 9: {
                            message.runtimeHandler = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for PodSandboxStatus
             * @function getTypeUrl
             * @memberof runtime.v1.PodSandboxStatus
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            PodSandboxStatus.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.PodSandboxStatus";
            };

            return PodSandboxStatus;
        })();

        v1.PodSandboxStatusResponse = (function() {

            /**
             * Properties of a PodSandboxStatusResponse.
             * @memberof runtime.v1
             * @interface IPodSandboxStatusResponse
             * @property {runtime.v1.IPodSandboxStatus|null} [status] PodSandboxStatusResponse status
             * @property {Object.<string,string>|null} [info] PodSandboxStatusResponse info
             */

            /**
             * Constructs a new PodSandboxStatusResponse.
             * @memberof runtime.v1
             * @classdesc Represents a PodSandboxStatusResponse.
             * @implements IPodSandboxStatusResponse
             * @constructor
             * @param {runtime.v1.IPodSandboxStatusResponse=} [properties] Properties to set
             */
            function PodSandboxStatusResponse(properties) {
                this.info = {};
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * PodSandboxStatusResponse status.
             * @member {runtime.v1.IPodSandboxStatus|null|undefined} status
             * @memberof runtime.v1.PodSandboxStatusResponse
             * @instance
             */
            PodSandboxStatusResponse.prototype.status = null;

            /**
             * PodSandboxStatusResponse info.
             * @member {Object.<string,string>} info
             * @memberof runtime.v1.PodSandboxStatusResponse
             * @instance
             */
            PodSandboxStatusResponse.prototype.info = $util.emptyObject;

            /**
             * Creates a new PodSandboxStatusResponse instance using the specified properties.
             * @function create
             * @memberof runtime.v1.PodSandboxStatusResponse
             * @static
             * @param {runtime.v1.IPodSandboxStatusResponse=} [properties] Properties to set
             * @returns {runtime.v1.PodSandboxStatusResponse} PodSandboxStatusResponse instance
             */
            PodSandboxStatusResponse.create = function create(properties) {
                return new PodSandboxStatusResponse(properties);
            };

            /**
             * Encodes the specified PodSandboxStatusResponse message. Does not implicitly {@link runtime.v1.PodSandboxStatusResponse.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.PodSandboxStatusResponse
             * @static
             * @param {runtime.v1.IPodSandboxStatusResponse} message PodSandboxStatusResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PodSandboxStatusResponse.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.status != null && Object.hasOwnProperty.call(message, "status"))
                    $root.runtime.v1.PodSandboxStatus.encode(message.status, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (message.info != null && Object.hasOwnProperty.call(message, "info"))
                    for (let keys = Object.keys(message.info), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.info[keys[i]]).ldelim();
                return writer;
            };

            /**
             * Decodes a PodSandboxStatusResponse message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.PodSandboxStatusResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.PodSandboxStatusResponse} PodSandboxStatusResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PodSandboxStatusResponse.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message, key, value;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.PodSandboxStatusResponse();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.status = $root.runtime.v1.PodSandboxStatus.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 2: {
                            if (message.info === $util.emptyObject)
                                message.info = {};
                            let end2 = reader.uint32() + reader.pos;
                            if (end2 > reader.len)
                                throw RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.uint32();
                                switch (tag2 >>> 3) {
                                case 1:
                                    key = reader.string();
                                    break;
                                case 2:
                                    value = reader.string();
                                    break;
                                default:
                                    reader.skipType(tag2 & 7, long);
                                    break;
                                }
                            }
                            if (reader.pos !== end2)
                                throw RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.info, key);
                            message.info[key] = value;
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for PodSandboxStatusResponse
             * @function getTypeUrl
             * @memberof runtime.v1.PodSandboxStatusResponse
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            PodSandboxStatusResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.PodSandboxStatusResponse";
            };

            return PodSandboxStatusResponse;
        })();

        v1.PodSandboxStateValue = (function() {

            /**
             * Properties of a PodSandboxStateValue.
             * @memberof runtime.v1
             * @interface IPodSandboxStateValue
             * @property {runtime.v1.PodSandboxState|null} [state] PodSandboxStateValue state
             */

            /**
             * Constructs a new PodSandboxStateValue.
             * @memberof runtime.v1
             * @classdesc Represents a PodSandboxStateValue.
             * @implements IPodSandboxStateValue
             * @constructor
             * @param {runtime.v1.IPodSandboxStateValue=} [properties] Properties to set
             */
            function PodSandboxStateValue(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * PodSandboxStateValue state.
             * @member {runtime.v1.PodSandboxState} state
             * @memberof runtime.v1.PodSandboxStateValue
             * @instance
             */
            PodSandboxStateValue.prototype.state = 0;

            /**
             * Creates a new PodSandboxStateValue instance using the specified properties.
             * @function create
             * @memberof runtime.v1.PodSandboxStateValue
             * @static
             * @param {runtime.v1.IPodSandboxStateValue=} [properties] Properties to set
             * @returns {runtime.v1.PodSandboxStateValue} PodSandboxStateValue instance
             */
            PodSandboxStateValue.create = function create(properties) {
                return new PodSandboxStateValue(properties);
            };

            /**
             * Encodes the specified PodSandboxStateValue message. Does not implicitly {@link runtime.v1.PodSandboxStateValue.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.PodSandboxStateValue
             * @static
             * @param {runtime.v1.IPodSandboxStateValue} message PodSandboxStateValue message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PodSandboxStateValue.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.state != null && Object.hasOwnProperty.call(message, "state"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.state);
                return writer;
            };

            /**
             * Decodes a PodSandboxStateValue message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.PodSandboxStateValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.PodSandboxStateValue} PodSandboxStateValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PodSandboxStateValue.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.PodSandboxStateValue();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.state = reader.int32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for PodSandboxStateValue
             * @function getTypeUrl
             * @memberof runtime.v1.PodSandboxStateValue
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            PodSandboxStateValue.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.PodSandboxStateValue";
            };

            return PodSandboxStateValue;
        })();

        v1.PodSandboxFilter = (function() {

            /**
             * Properties of a PodSandboxFilter.
             * @memberof runtime.v1
             * @interface IPodSandboxFilter
             * @property {string|null} [id] PodSandboxFilter id
             * @property {runtime.v1.IPodSandboxStateValue|null} [state] PodSandboxFilter state
             * @property {Object.<string,string>|null} [labelSelector] PodSandboxFilter labelSelector
             */

            /**
             * Constructs a new PodSandboxFilter.
             * @memberof runtime.v1
             * @classdesc Represents a PodSandboxFilter.
             * @implements IPodSandboxFilter
             * @constructor
             * @param {runtime.v1.IPodSandboxFilter=} [properties] Properties to set
             */
            function PodSandboxFilter(properties) {
                this.labelSelector = {};
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * PodSandboxFilter id.
             * @member {string} id
             * @memberof runtime.v1.PodSandboxFilter
             * @instance
             */
            PodSandboxFilter.prototype.id = "";

            /**
             * PodSandboxFilter state.
             * @member {runtime.v1.IPodSandboxStateValue|null|undefined} state
             * @memberof runtime.v1.PodSandboxFilter
             * @instance
             */
            PodSandboxFilter.prototype.state = null;

            /**
             * PodSandboxFilter labelSelector.
             * @member {Object.<string,string>} labelSelector
             * @memberof runtime.v1.PodSandboxFilter
             * @instance
             */
            PodSandboxFilter.prototype.labelSelector = $util.emptyObject;

            /**
             * Creates a new PodSandboxFilter instance using the specified properties.
             * @function create
             * @memberof runtime.v1.PodSandboxFilter
             * @static
             * @param {runtime.v1.IPodSandboxFilter=} [properties] Properties to set
             * @returns {runtime.v1.PodSandboxFilter} PodSandboxFilter instance
             */
            PodSandboxFilter.create = function create(properties) {
                return new PodSandboxFilter(properties);
            };

            /**
             * Encodes the specified PodSandboxFilter message. Does not implicitly {@link runtime.v1.PodSandboxFilter.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.PodSandboxFilter
             * @static
             * @param {runtime.v1.IPodSandboxFilter} message PodSandboxFilter message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PodSandboxFilter.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                if (message.state != null && Object.hasOwnProperty.call(message, "state"))
                    $root.runtime.v1.PodSandboxStateValue.encode(message.state, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (message.labelSelector != null && Object.hasOwnProperty.call(message, "labelSelector"))
                    for (let keys = Object.keys(message.labelSelector), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.labelSelector[keys[i]]).ldelim();
                return writer;
            };

            /**
             * Decodes a PodSandboxFilter message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.PodSandboxFilter
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.PodSandboxFilter} PodSandboxFilter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PodSandboxFilter.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message, key, value;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.PodSandboxFilter();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.id = reader.string();
                            break;
                        }
                    case 2: {
                            message.state = $root.runtime.v1.PodSandboxStateValue.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 3: {
                            if (message.labelSelector === $util.emptyObject)
                                message.labelSelector = {};
                            let end2 = reader.uint32() + reader.pos;
                            if (end2 > reader.len)
                                throw RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.uint32();
                                switch (tag2 >>> 3) {
                                case 1:
                                    key = reader.string();
                                    break;
                                case 2:
                                    value = reader.string();
                                    break;
                                default:
                                    reader.skipType(tag2 & 7, long);
                                    break;
                                }
                            }
                            if (reader.pos !== end2)
                                throw RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.labelSelector, key);
                            message.labelSelector[key] = value;
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for PodSandboxFilter
             * @function getTypeUrl
             * @memberof runtime.v1.PodSandboxFilter
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            PodSandboxFilter.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.PodSandboxFilter";
            };

            return PodSandboxFilter;
        })();

        v1.ListPodSandboxRequest = (function() {

            /**
             * Properties of a ListPodSandboxRequest.
             * @memberof runtime.v1
             * @interface IListPodSandboxRequest
             * @property {runtime.v1.IPodSandboxFilter|null} [filter] ListPodSandboxRequest filter
             */

            /**
             * Constructs a new ListPodSandboxRequest.
             * @memberof runtime.v1
             * @classdesc Represents a ListPodSandboxRequest.
             * @implements IListPodSandboxRequest
             * @constructor
             * @param {runtime.v1.IListPodSandboxRequest=} [properties] Properties to set
             */
            function ListPodSandboxRequest(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ListPodSandboxRequest filter.
             * @member {runtime.v1.IPodSandboxFilter|null|undefined} filter
             * @memberof runtime.v1.ListPodSandboxRequest
             * @instance
             */
            ListPodSandboxRequest.prototype.filter = null;

            /**
             * Creates a new ListPodSandboxRequest instance using the specified properties.
             * @function create
             * @memberof runtime.v1.ListPodSandboxRequest
             * @static
             * @param {runtime.v1.IListPodSandboxRequest=} [properties] Properties to set
             * @returns {runtime.v1.ListPodSandboxRequest} ListPodSandboxRequest instance
             */
            ListPodSandboxRequest.create = function create(properties) {
                return new ListPodSandboxRequest(properties);
            };

            /**
             * Encodes the specified ListPodSandboxRequest message. Does not implicitly {@link runtime.v1.ListPodSandboxRequest.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.ListPodSandboxRequest
             * @static
             * @param {runtime.v1.IListPodSandboxRequest} message ListPodSandboxRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListPodSandboxRequest.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.filter != null && Object.hasOwnProperty.call(message, "filter"))
                    $root.runtime.v1.PodSandboxFilter.encode(message.filter, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a ListPodSandboxRequest message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.ListPodSandboxRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.ListPodSandboxRequest} ListPodSandboxRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListPodSandboxRequest.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.ListPodSandboxRequest();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.filter = $root.runtime.v1.PodSandboxFilter.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for ListPodSandboxRequest
             * @function getTypeUrl
             * @memberof runtime.v1.ListPodSandboxRequest
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ListPodSandboxRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.ListPodSandboxRequest";
            };

            return ListPodSandboxRequest;
        })();

        v1.PodSandbox = (function() {

            /**
             * Properties of a PodSandbox.
             * @memberof runtime.v1
             * @interface IPodSandbox
             * @property {string|null} [id] PodSandbox id
             * @property {runtime.v1.IPodSandboxMetadata|null} [metadata] PodSandbox metadata
             * @property {runtime.v1.PodSandboxState|null} [state] PodSandbox state
             * @property {number|null} [createdAt] PodSandbox createdAt
             * @property {Object.<string,string>|null} [labels] PodSandbox labels
             * @property {Object.<string,string>|null} [annotations] PodSandbox annotations
             * @property {string|null} [runtimeHandler] PodSandbox runtimeHandler
             */

            /**
             * Constructs a new PodSandbox.
             * @memberof runtime.v1
             * @classdesc Represents a PodSandbox.
             * @implements IPodSandbox
             * @constructor
             * @param {runtime.v1.IPodSandbox=} [properties] Properties to set
             */
            function PodSandbox(properties) {
                this.labels = {};
                this.annotations = {};
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * PodSandbox id.
             * @member {string} id
             * @memberof runtime.v1.PodSandbox
             * @instance
             */
            PodSandbox.prototype.id = "";

            /**
             * PodSandbox metadata.
             * @member {runtime.v1.IPodSandboxMetadata|null|undefined} metadata
             * @memberof runtime.v1.PodSandbox
             * @instance
             */
            PodSandbox.prototype.metadata = null;

            /**
             * PodSandbox state.
             * @member {runtime.v1.PodSandboxState} state
             * @memberof runtime.v1.PodSandbox
             * @instance
             */
            PodSandbox.prototype.state = 0;

            /**
             * PodSandbox createdAt.
             * @member {number} createdAt
             * @memberof runtime.v1.PodSandbox
             * @instance
             */
            PodSandbox.prototype.createdAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * PodSandbox labels.
             * @member {Object.<string,string>} labels
             * @memberof runtime.v1.PodSandbox
             * @instance
             */
            PodSandbox.prototype.labels = $util.emptyObject;

            /**
             * PodSandbox annotations.
             * @member {Object.<string,string>} annotations
             * @memberof runtime.v1.PodSandbox
             * @instance
             */
            PodSandbox.prototype.annotations = $util.emptyObject;

            /**
             * PodSandbox runtimeHandler.
             * @member {string} runtimeHandler
             * @memberof runtime.v1.PodSandbox
             * @instance
             */
            PodSandbox.prototype.runtimeHandler = "";

            /**
             * Creates a new PodSandbox instance using the specified properties.
             * @function create
             * @memberof runtime.v1.PodSandbox
             * @static
             * @param {runtime.v1.IPodSandbox=} [properties] Properties to set
             * @returns {runtime.v1.PodSandbox} PodSandbox instance
             */
            PodSandbox.create = function create(properties) {
                return new PodSandbox(properties);
            };

            /**
             * Encodes the specified PodSandbox message. Does not implicitly {@link runtime.v1.PodSandbox.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.PodSandbox
             * @static
             * @param {runtime.v1.IPodSandbox} message PodSandbox message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PodSandbox.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                if (message.metadata != null && Object.hasOwnProperty.call(message, "metadata"))
                    $root.runtime.v1.PodSandboxMetadata.encode(message.metadata, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (message.state != null && Object.hasOwnProperty.call(message, "state"))
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.state);
                if (message.createdAt != null && Object.hasOwnProperty.call(message, "createdAt"))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.createdAt);
                if (message.labels != null && Object.hasOwnProperty.call(message, "labels"))
                    for (let keys = Object.keys(message.labels), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 5, wireType 2 =*/42).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.labels[keys[i]]).ldelim();
                if (message.annotations != null && Object.hasOwnProperty.call(message, "annotations"))
                    for (let keys = Object.keys(message.annotations), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 6, wireType 2 =*/50).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.annotations[keys[i]]).ldelim();
                if (message.runtimeHandler != null && Object.hasOwnProperty.call(message, "runtimeHandler"))
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.runtimeHandler);
                return writer;
            };

            /**
             * Decodes a PodSandbox message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.PodSandbox
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.PodSandbox} PodSandbox
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PodSandbox.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message, key, value;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.PodSandbox();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.id = reader.string();
                            break;
                        }
                    case 2: {
                            message.metadata = $root.runtime.v1.PodSandboxMetadata.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 3: {
                            message.state = reader.int32();
                            break;
                        }
                    case 4: {
                            message.createdAt = reader.int64();
                            break;
                        }
                    case 5: {
                            if (message.labels === $util.emptyObject)
                                message.labels = {};
                            let end2 = reader.uint32() + reader.pos;
                            if (end2 > reader.len)
                                throw RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.uint32();
                                switch (tag2 >>> 3) {
                                case 1:
                                    key = reader.string();
                                    break;
                                case 2:
                                    value = reader.string();
                                    break;
                                default:
                                    reader.skipType(tag2 & 7, long);
                                    break;
                                }
                            }
                            if (reader.pos !== end2)
                                throw RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.labels, key);
                            message.labels[key] = value;
                            break;
                        }
                    case 6: {
                            if (message.annotations === $util.emptyObject)
                                message.annotations = {};
                            let end2 = reader.uint32() + reader.pos;
                            if (end2 > reader.len)
                                throw RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.uint32();
                                switch (tag2 >>> 3) {
                                case 1:
                                    key = reader.string();
                                    break;
                                case 2:
                                    value = reader.string();
                                    break;
                                default:
                                    reader.skipType(tag2 & 7, long);
                                    break;
                                }
                            }
                            if (reader.pos !== end2)
                                throw RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.annotations, key);
                            message.annotations[key] = value;
                            break;
                        }
                    case 7: {
                            message.runtimeHandler = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for PodSandbox
             * @function getTypeUrl
             * @memberof runtime.v1.PodSandbox
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            PodSandbox.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.PodSandbox";
            };

            return PodSandbox;
        })();

        v1.ListPodSandboxResponse = (function() {

            /**
             * Properties of a ListPodSandboxResponse.
             * @memberof runtime.v1
             * @interface IListPodSandboxResponse
             * @property {Array.<runtime.v1.IPodSandbox>|null} [items] ListPodSandboxResponse items
             */

            /**
             * Constructs a new ListPodSandboxResponse.
             * @memberof runtime.v1
             * @classdesc Represents a ListPodSandboxResponse.
             * @implements IListPodSandboxResponse
             * @constructor
             * @param {runtime.v1.IListPodSandboxResponse=} [properties] Properties to set
             */
            function ListPodSandboxResponse(properties) {
                this.items = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ListPodSandboxResponse items.
             * @member {Array.<runtime.v1.IPodSandbox>} items
             * @memberof runtime.v1.ListPodSandboxResponse
             * @instance
             */
            ListPodSandboxResponse.prototype.items = $util.emptyArray;

            /**
             * Creates a new ListPodSandboxResponse instance using the specified properties.
             * @function create
             * @memberof runtime.v1.ListPodSandboxResponse
             * @static
             * @param {runtime.v1.IListPodSandboxResponse=} [properties] Properties to set
             * @returns {runtime.v1.ListPodSandboxResponse} ListPodSandboxResponse instance
             */
            ListPodSandboxResponse.create = function create(properties) {
                return new ListPodSandboxResponse(properties);
            };

            /**
             * Encodes the specified ListPodSandboxResponse message. Does not implicitly {@link runtime.v1.ListPodSandboxResponse.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.ListPodSandboxResponse
             * @static
             * @param {runtime.v1.IListPodSandboxResponse} message ListPodSandboxResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListPodSandboxResponse.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.items != null && message.items.length)
                    for (let i = 0; i < message.items.length; ++i)
                        $root.runtime.v1.PodSandbox.encode(message.items[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a ListPodSandboxResponse message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.ListPodSandboxResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.ListPodSandboxResponse} ListPodSandboxResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListPodSandboxResponse.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.ListPodSandboxResponse();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            if (!(message.items && message.items.length))
                                message.items = [];
                            message.items.push($root.runtime.v1.PodSandbox.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for ListPodSandboxResponse
             * @function getTypeUrl
             * @memberof runtime.v1.ListPodSandboxResponse
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ListPodSandboxResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.ListPodSandboxResponse";
            };

            return ListPodSandboxResponse;
        })();

        v1.ImageSpec = (function() {

            /**
             * Properties of an ImageSpec.
             * @memberof runtime.v1
             * @interface IImageSpec
             * @property {string|null} [image] ImageSpec image
             * @property {Object.<string,string>|null} [annotations] ImageSpec annotations
             */

            /**
             * Constructs a new ImageSpec.
             * @memberof runtime.v1
             * @classdesc Represents an ImageSpec.
             * @implements IImageSpec
             * @constructor
             * @param {runtime.v1.IImageSpec=} [properties] Properties to set
             */
            function ImageSpec(properties) {
                this.annotations = {};
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ImageSpec image.
             * @member {string} image
             * @memberof runtime.v1.ImageSpec
             * @instance
             */
            ImageSpec.prototype.image = "";

            /**
             * ImageSpec annotations.
             * @member {Object.<string,string>} annotations
             * @memberof runtime.v1.ImageSpec
             * @instance
             */
            ImageSpec.prototype.annotations = $util.emptyObject;

            /**
             * Creates a new ImageSpec instance using the specified properties.
             * @function create
             * @memberof runtime.v1.ImageSpec
             * @static
             * @param {runtime.v1.IImageSpec=} [properties] Properties to set
             * @returns {runtime.v1.ImageSpec} ImageSpec instance
             */
            ImageSpec.create = function create(properties) {
                return new ImageSpec(properties);
            };

            /**
             * Encodes the specified ImageSpec message. Does not implicitly {@link runtime.v1.ImageSpec.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.ImageSpec
             * @static
             * @param {runtime.v1.IImageSpec} message ImageSpec message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ImageSpec.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.image != null && Object.hasOwnProperty.call(message, "image"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.image);
                if (message.annotations != null && Object.hasOwnProperty.call(message, "annotations"))
                    for (let keys = Object.keys(message.annotations), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.annotations[keys[i]]).ldelim();
                return writer;
            };

            /**
             * Decodes an ImageSpec message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.ImageSpec
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.ImageSpec} ImageSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ImageSpec.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message, key, value;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.ImageSpec();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.image = reader.string();
                            break;
                        }
                    case 2: {
                            if (message.annotations === $util.emptyObject)
                                message.annotations = {};
                            let end2 = reader.uint32() + reader.pos;
                            if (end2 > reader.len)
                                throw RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.uint32();
                                switch (tag2 >>> 3) {
                                case 1:
                                    key = reader.string();
                                    break;
                                case 2:
                                    value = reader.string();
                                    break;
                                default:
                                    reader.skipType(tag2 & 7, long);
                                    break;
                                }
                            }
                            if (reader.pos !== end2)
                                throw RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.annotations, key);
                            message.annotations[key] = value;
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for ImageSpec
             * @function getTypeUrl
             * @memberof runtime.v1.ImageSpec
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ImageSpec.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.ImageSpec";
            };

            return ImageSpec;
        })();

        v1.KeyValue = (function() {

            /**
             * Properties of a KeyValue.
             * @memberof runtime.v1
             * @interface IKeyValue
             * @property {string|null} [key] KeyValue key
             * @property {string|null} [value] KeyValue value
             */

            /**
             * Constructs a new KeyValue.
             * @memberof runtime.v1
             * @classdesc Represents a KeyValue.
             * @implements IKeyValue
             * @constructor
             * @param {runtime.v1.IKeyValue=} [properties] Properties to set
             */
            function KeyValue(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * KeyValue key.
             * @member {string} key
             * @memberof runtime.v1.KeyValue
             * @instance
             */
            KeyValue.prototype.key = "";

            /**
             * KeyValue value.
             * @member {string} value
             * @memberof runtime.v1.KeyValue
             * @instance
             */
            KeyValue.prototype.value = "";

            /**
             * Creates a new KeyValue instance using the specified properties.
             * @function create
             * @memberof runtime.v1.KeyValue
             * @static
             * @param {runtime.v1.IKeyValue=} [properties] Properties to set
             * @returns {runtime.v1.KeyValue} KeyValue instance
             */
            KeyValue.create = function create(properties) {
                return new KeyValue(properties);
            };

            /**
             * Encodes the specified KeyValue message. Does not implicitly {@link runtime.v1.KeyValue.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.KeyValue
             * @static
             * @param {runtime.v1.IKeyValue} message KeyValue message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            KeyValue.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.key != null && Object.hasOwnProperty.call(message, "key"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.key);
                if (message.value != null && Object.hasOwnProperty.call(message, "value"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.value);
                return writer;
            };

            /**
             * Decodes a KeyValue message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.KeyValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.KeyValue} KeyValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            KeyValue.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.KeyValue();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.key = reader.string();
                            break;
                        }
                    case 2: {
                            message.value = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for KeyValue
             * @function getTypeUrl
             * @memberof runtime.v1.KeyValue
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            KeyValue.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.KeyValue";
            };

            return KeyValue;
        })();

        v1.LinuxContainerResources = (function() {

            /**
             * Properties of a LinuxContainerResources.
             * @memberof runtime.v1
             * @interface ILinuxContainerResources
             * @property {number|null} [cpuPeriod] LinuxContainerResources cpuPeriod
             * @property {number|null} [cpuQuota] LinuxContainerResources cpuQuota
             * @property {number|null} [cpuShares] LinuxContainerResources cpuShares
             * @property {number|null} [memoryLimitInBytes] LinuxContainerResources memoryLimitInBytes
             * @property {number|null} [oomScoreAdj] LinuxContainerResources oomScoreAdj
             * @property {string|null} [cpusetCpus] LinuxContainerResources cpusetCpus
             * @property {string|null} [cpusetMems] LinuxContainerResources cpusetMems
             * @property {Array.<runtime.v1.IHugepageLimit>|null} [hugepageLimits] LinuxContainerResources hugepageLimits
             * @property {Object.<string,string>|null} [unified] LinuxContainerResources unified
             * @property {number|null} [memorySwapLimitInBytes] LinuxContainerResources memorySwapLimitInBytes
             */

            /**
             * Constructs a new LinuxContainerResources.
             * @memberof runtime.v1
             * @classdesc Represents a LinuxContainerResources.
             * @implements ILinuxContainerResources
             * @constructor
             * @param {runtime.v1.ILinuxContainerResources=} [properties] Properties to set
             */
            function LinuxContainerResources(properties) {
                this.hugepageLimits = [];
                this.unified = {};
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * LinuxContainerResources cpuPeriod.
             * @member {number} cpuPeriod
             * @memberof runtime.v1.LinuxContainerResources
             * @instance
             */
            LinuxContainerResources.prototype.cpuPeriod = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * LinuxContainerResources cpuQuota.
             * @member {number} cpuQuota
             * @memberof runtime.v1.LinuxContainerResources
             * @instance
             */
            LinuxContainerResources.prototype.cpuQuota = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * LinuxContainerResources cpuShares.
             * @member {number} cpuShares
             * @memberof runtime.v1.LinuxContainerResources
             * @instance
             */
            LinuxContainerResources.prototype.cpuShares = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * LinuxContainerResources memoryLimitInBytes.
             * @member {number} memoryLimitInBytes
             * @memberof runtime.v1.LinuxContainerResources
             * @instance
             */
            LinuxContainerResources.prototype.memoryLimitInBytes = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * LinuxContainerResources oomScoreAdj.
             * @member {number} oomScoreAdj
             * @memberof runtime.v1.LinuxContainerResources
             * @instance
             */
            LinuxContainerResources.prototype.oomScoreAdj = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * LinuxContainerResources cpusetCpus.
             * @member {string} cpusetCpus
             * @memberof runtime.v1.LinuxContainerResources
             * @instance
             */
            LinuxContainerResources.prototype.cpusetCpus = "";

            /**
             * LinuxContainerResources cpusetMems.
             * @member {string} cpusetMems
             * @memberof runtime.v1.LinuxContainerResources
             * @instance
             */
            LinuxContainerResources.prototype.cpusetMems = "";

            /**
             * LinuxContainerResources hugepageLimits.
             * @member {Array.<runtime.v1.IHugepageLimit>} hugepageLimits
             * @memberof runtime.v1.LinuxContainerResources
             * @instance
             */
            LinuxContainerResources.prototype.hugepageLimits = $util.emptyArray;

            /**
             * LinuxContainerResources unified.
             * @member {Object.<string,string>} unified
             * @memberof runtime.v1.LinuxContainerResources
             * @instance
             */
            LinuxContainerResources.prototype.unified = $util.emptyObject;

            /**
             * LinuxContainerResources memorySwapLimitInBytes.
             * @member {number} memorySwapLimitInBytes
             * @memberof runtime.v1.LinuxContainerResources
             * @instance
             */
            LinuxContainerResources.prototype.memorySwapLimitInBytes = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new LinuxContainerResources instance using the specified properties.
             * @function create
             * @memberof runtime.v1.LinuxContainerResources
             * @static
             * @param {runtime.v1.ILinuxContainerResources=} [properties] Properties to set
             * @returns {runtime.v1.LinuxContainerResources} LinuxContainerResources instance
             */
            LinuxContainerResources.create = function create(properties) {
                return new LinuxContainerResources(properties);
            };

            /**
             * Encodes the specified LinuxContainerResources message. Does not implicitly {@link runtime.v1.LinuxContainerResources.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.LinuxContainerResources
             * @static
             * @param {runtime.v1.ILinuxContainerResources} message LinuxContainerResources message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LinuxContainerResources.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.cpuPeriod != null && Object.hasOwnProperty.call(message, "cpuPeriod"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.cpuPeriod);
                if (message.cpuQuota != null && Object.hasOwnProperty.call(message, "cpuQuota"))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.cpuQuota);
                if (message.cpuShares != null && Object.hasOwnProperty.call(message, "cpuShares"))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.cpuShares);
                if (message.memoryLimitInBytes != null && Object.hasOwnProperty.call(message, "memoryLimitInBytes"))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.memoryLimitInBytes);
                if (message.oomScoreAdj != null && Object.hasOwnProperty.call(message, "oomScoreAdj"))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.oomScoreAdj);
                if (message.cpusetCpus != null && Object.hasOwnProperty.call(message, "cpusetCpus"))
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.cpusetCpus);
                if (message.cpusetMems != null && Object.hasOwnProperty.call(message, "cpusetMems"))
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.cpusetMems);
                if (message.hugepageLimits != null && message.hugepageLimits.length)
                    for (let i = 0; i < message.hugepageLimits.length; ++i)
                        $root.runtime.v1.HugepageLimit.encode(message.hugepageLimits[i], writer.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
                if (message.unified != null && Object.hasOwnProperty.call(message, "unified"))
                    for (let keys = Object.keys(message.unified), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 9, wireType 2 =*/74).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.unified[keys[i]]).ldelim();
                if (message.memorySwapLimitInBytes != null && Object.hasOwnProperty.call(message, "memorySwapLimitInBytes"))
                    writer.uint32(/* id 10, wireType 0 =*/80).int64(message.memorySwapLimitInBytes);
                return writer;
            };

            /**
             * Decodes a LinuxContainerResources message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.LinuxContainerResources
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.LinuxContainerResources} LinuxContainerResources
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LinuxContainerResources.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message, key, value;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.LinuxContainerResources();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.cpuPeriod = reader.int64();
                            break;
                        }
                    case 2: {
                            message.cpuQuota = reader.int64();
                            break;
                        }
                    case 3: {
                            message.cpuShares = reader.int64();
                            break;
                        }
                    case 4: {
                            message.memoryLimitInBytes = reader.int64();
                            break;
                        }
                    case 5: {
                            message.oomScoreAdj = reader.int64();
                            break;
                        }
                    case 6: {
                            message.cpusetCpus = reader.string();
                            break;
                        }
                    case 7: {
                            message.cpusetMems = reader.string();
                            break;
                        }
                    case 8: {
                            if (!(message.hugepageLimits && message.hugepageLimits.length))
                                message.hugepageLimits = [];
                            message.hugepageLimits.push($root.runtime.v1.HugepageLimit.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 9: {
                            if (message.unified === $util.emptyObject)
                                message.unified = {};
                            let end2 = reader.uint32() + reader.pos;
                            if (end2 > reader.len)
                                throw RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.uint32();
                                switch (tag2 >>> 3) {
                                case 1:
                                    key = reader.string();
                                    break;
                                case 2:
                                    value = reader.string();
                                    break;
                                default:
                                    reader.skipType(tag2 & 7, long);
                                    break;
                                }
                            }
                            if (reader.pos !== end2)
                                throw RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.unified, key);
                            message.unified[key] = value;
                            break;
                        }
                    case 10: {
                            message.memorySwapLimitInBytes = reader.int64();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for LinuxContainerResources
             * @function getTypeUrl
             * @memberof runtime.v1.LinuxContainerResources
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            LinuxContainerResources.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.LinuxContainerResources";
            };

            return LinuxContainerResources;
        })();

        v1.HugepageLimit = (function() {

            /**
             * Properties of a HugepageLimit.
             * @memberof runtime.v1
             * @interface IHugepageLimit
             * @property {string|null} [pageSize] HugepageLimit pageSize
             * @property {number|null} [limit] HugepageLimit limit
             */

            /**
             * Constructs a new HugepageLimit.
             * @memberof runtime.v1
             * @classdesc Represents a HugepageLimit.
             * @implements IHugepageLimit
             * @constructor
             * @param {runtime.v1.IHugepageLimit=} [properties] Properties to set
             */
            function HugepageLimit(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * HugepageLimit pageSize.
             * @member {string} pageSize
             * @memberof runtime.v1.HugepageLimit
             * @instance
             */
            HugepageLimit.prototype.pageSize = "";

            /**
             * HugepageLimit limit.
             * @member {number} limit
             * @memberof runtime.v1.HugepageLimit
             * @instance
             */
            HugepageLimit.prototype.limit = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new HugepageLimit instance using the specified properties.
             * @function create
             * @memberof runtime.v1.HugepageLimit
             * @static
             * @param {runtime.v1.IHugepageLimit=} [properties] Properties to set
             * @returns {runtime.v1.HugepageLimit} HugepageLimit instance
             */
            HugepageLimit.create = function create(properties) {
                return new HugepageLimit(properties);
            };

            /**
             * Encodes the specified HugepageLimit message. Does not implicitly {@link runtime.v1.HugepageLimit.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.HugepageLimit
             * @static
             * @param {runtime.v1.IHugepageLimit} message HugepageLimit message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HugepageLimit.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.pageSize != null && Object.hasOwnProperty.call(message, "pageSize"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.pageSize);
                if (message.limit != null && Object.hasOwnProperty.call(message, "limit"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.limit);
                return writer;
            };

            /**
             * Decodes a HugepageLimit message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.HugepageLimit
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.HugepageLimit} HugepageLimit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HugepageLimit.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.HugepageLimit();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.pageSize = reader.string();
                            break;
                        }
                    case 2: {
                            message.limit = reader.uint64();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for HugepageLimit
             * @function getTypeUrl
             * @memberof runtime.v1.HugepageLimit
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            HugepageLimit.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.HugepageLimit";
            };

            return HugepageLimit;
        })();

        v1.SELinuxOption = (function() {

            /**
             * Properties of a SELinuxOption.
             * @memberof runtime.v1
             * @interface ISELinuxOption
             * @property {string|null} [user] SELinuxOption user
             * @property {string|null} [role] SELinuxOption role
             * @property {string|null} [type] SELinuxOption type
             * @property {string|null} [level] SELinuxOption level
             */

            /**
             * Constructs a new SELinuxOption.
             * @memberof runtime.v1
             * @classdesc Represents a SELinuxOption.
             * @implements ISELinuxOption
             * @constructor
             * @param {runtime.v1.ISELinuxOption=} [properties] Properties to set
             */
            function SELinuxOption(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * SELinuxOption user.
             * @member {string} user
             * @memberof runtime.v1.SELinuxOption
             * @instance
             */
            SELinuxOption.prototype.user = "";

            /**
             * SELinuxOption role.
             * @member {string} role
             * @memberof runtime.v1.SELinuxOption
             * @instance
             */
            SELinuxOption.prototype.role = "";

            /**
             * SELinuxOption type.
             * @member {string} type
             * @memberof runtime.v1.SELinuxOption
             * @instance
             */
            SELinuxOption.prototype.type = "";

            /**
             * SELinuxOption level.
             * @member {string} level
             * @memberof runtime.v1.SELinuxOption
             * @instance
             */
            SELinuxOption.prototype.level = "";

            /**
             * Creates a new SELinuxOption instance using the specified properties.
             * @function create
             * @memberof runtime.v1.SELinuxOption
             * @static
             * @param {runtime.v1.ISELinuxOption=} [properties] Properties to set
             * @returns {runtime.v1.SELinuxOption} SELinuxOption instance
             */
            SELinuxOption.create = function create(properties) {
                return new SELinuxOption(properties);
            };

            /**
             * Encodes the specified SELinuxOption message. Does not implicitly {@link runtime.v1.SELinuxOption.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.SELinuxOption
             * @static
             * @param {runtime.v1.ISELinuxOption} message SELinuxOption message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SELinuxOption.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.user != null && Object.hasOwnProperty.call(message, "user"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.user);
                if (message.role != null && Object.hasOwnProperty.call(message, "role"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.role);
                if (message.type != null && Object.hasOwnProperty.call(message, "type"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.type);
                if (message.level != null && Object.hasOwnProperty.call(message, "level"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.level);
                return writer;
            };

            /**
             * Decodes a SELinuxOption message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.SELinuxOption
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.SELinuxOption} SELinuxOption
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SELinuxOption.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.SELinuxOption();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.user = reader.string();
                            break;
                        }
                    case 2: {
                            message.role = reader.string();
                            break;
                        }
                    case 3: {
                            message.type = reader.string();
                            break;
                        }
                    case 4: {
                            message.level = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for SELinuxOption
             * @function getTypeUrl
             * @memberof runtime.v1.SELinuxOption
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            SELinuxOption.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.SELinuxOption";
            };

            return SELinuxOption;
        })();

        v1.Capability = (function() {

            /**
             * Properties of a Capability.
             * @memberof runtime.v1
             * @interface ICapability
             * @property {Array.<string>|null} [addCapabilities] Capability addCapabilities
             * @property {Array.<string>|null} [dropCapabilities] Capability dropCapabilities
             * @property {Array.<string>|null} [addAmbientCapabilities] Capability addAmbientCapabilities
             */

            /**
             * Constructs a new Capability.
             * @memberof runtime.v1
             * @classdesc Represents a Capability.
             * @implements ICapability
             * @constructor
             * @param {runtime.v1.ICapability=} [properties] Properties to set
             */
            function Capability(properties) {
                this.addCapabilities = [];
                this.dropCapabilities = [];
                this.addAmbientCapabilities = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Capability addCapabilities.
             * @member {Array.<string>} addCapabilities
             * @memberof runtime.v1.Capability
             * @instance
             */
            Capability.prototype.addCapabilities = $util.emptyArray;

            /**
             * Capability dropCapabilities.
             * @member {Array.<string>} dropCapabilities
             * @memberof runtime.v1.Capability
             * @instance
             */
            Capability.prototype.dropCapabilities = $util.emptyArray;

            /**
             * Capability addAmbientCapabilities.
             * @member {Array.<string>} addAmbientCapabilities
             * @memberof runtime.v1.Capability
             * @instance
             */
            Capability.prototype.addAmbientCapabilities = $util.emptyArray;

            /**
             * Creates a new Capability instance using the specified properties.
             * @function create
             * @memberof runtime.v1.Capability
             * @static
             * @param {runtime.v1.ICapability=} [properties] Properties to set
             * @returns {runtime.v1.Capability} Capability instance
             */
            Capability.create = function create(properties) {
                return new Capability(properties);
            };

            /**
             * Encodes the specified Capability message. Does not implicitly {@link runtime.v1.Capability.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.Capability
             * @static
             * @param {runtime.v1.ICapability} message Capability message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Capability.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.addCapabilities != null && message.addCapabilities.length)
                    for (let i = 0; i < message.addCapabilities.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.addCapabilities[i]);
                if (message.dropCapabilities != null && message.dropCapabilities.length)
                    for (let i = 0; i < message.dropCapabilities.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.dropCapabilities[i]);
                if (message.addAmbientCapabilities != null && message.addAmbientCapabilities.length)
                    for (let i = 0; i < message.addAmbientCapabilities.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.addAmbientCapabilities[i]);
                return writer;
            };

            /**
             * Decodes a Capability message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.Capability
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.Capability} Capability
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Capability.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.Capability();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            if (!(message.addCapabilities && message.addCapabilities.length))
                                message.addCapabilities = [];
                            message.addCapabilities.push(reader.string());
                            break;
                        }
                    case 2: {
                            if (!(message.dropCapabilities && message.dropCapabilities.length))
                                message.dropCapabilities = [];
                            message.dropCapabilities.push(reader.string());
                            break;
                        }
                    case 3: {
                            if (!(message.addAmbientCapabilities && message.addAmbientCapabilities.length))
                                message.addAmbientCapabilities = [];
                            message.addAmbientCapabilities.push(reader.string());
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for Capability
             * @function getTypeUrl
             * @memberof runtime.v1.Capability
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Capability.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.Capability";
            };

            return Capability;
        })();

        v1.LinuxContainerSecurityContext = (function() {

            /**
             * Properties of a LinuxContainerSecurityContext.
             * @memberof runtime.v1
             * @interface ILinuxContainerSecurityContext
             * @property {runtime.v1.ICapability|null} [capabilities] LinuxContainerSecurityContext capabilities
             * @property {boolean|null} [privileged] LinuxContainerSecurityContext privileged
             * @property {runtime.v1.INamespaceOption|null} [namespaceOptions] LinuxContainerSecurityContext namespaceOptions
             * @property {runtime.v1.ISELinuxOption|null} [selinuxOptions] LinuxContainerSecurityContext selinuxOptions
             * @property {runtime.v1.IInt64Value|null} [runAsUser] LinuxContainerSecurityContext runAsUser
             * @property {runtime.v1.IInt64Value|null} [runAsGroup] LinuxContainerSecurityContext runAsGroup
             * @property {string|null} [runAsUsername] LinuxContainerSecurityContext runAsUsername
             * @property {boolean|null} [readonlyRootfs] LinuxContainerSecurityContext readonlyRootfs
             * @property {Array.<number>|null} [supplementalGroups] LinuxContainerSecurityContext supplementalGroups
             * @property {boolean|null} [noNewPrivs] LinuxContainerSecurityContext noNewPrivs
             * @property {Array.<string>|null} [maskedPaths] LinuxContainerSecurityContext maskedPaths
             * @property {Array.<string>|null} [readonlyPaths] LinuxContainerSecurityContext readonlyPaths
             * @property {runtime.v1.ISecurityProfile|null} [seccomp] LinuxContainerSecurityContext seccomp
             * @property {runtime.v1.ISecurityProfile|null} [apparmor] LinuxContainerSecurityContext apparmor
             * @property {string|null} [apparmorProfile] LinuxContainerSecurityContext apparmorProfile
             * @property {string|null} [seccompProfilePath] LinuxContainerSecurityContext seccompProfilePath
             */

            /**
             * Constructs a new LinuxContainerSecurityContext.
             * @memberof runtime.v1
             * @classdesc Represents a LinuxContainerSecurityContext.
             * @implements ILinuxContainerSecurityContext
             * @constructor
             * @param {runtime.v1.ILinuxContainerSecurityContext=} [properties] Properties to set
             */
            function LinuxContainerSecurityContext(properties) {
                this.supplementalGroups = [];
                this.maskedPaths = [];
                this.readonlyPaths = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * LinuxContainerSecurityContext capabilities.
             * @member {runtime.v1.ICapability|null|undefined} capabilities
             * @memberof runtime.v1.LinuxContainerSecurityContext
             * @instance
             */
            LinuxContainerSecurityContext.prototype.capabilities = null;

            /**
             * LinuxContainerSecurityContext privileged.
             * @member {boolean} privileged
             * @memberof runtime.v1.LinuxContainerSecurityContext
             * @instance
             */
            LinuxContainerSecurityContext.prototype.privileged = false;

            /**
             * LinuxContainerSecurityContext namespaceOptions.
             * @member {runtime.v1.INamespaceOption|null|undefined} namespaceOptions
             * @memberof runtime.v1.LinuxContainerSecurityContext
             * @instance
             */
            LinuxContainerSecurityContext.prototype.namespaceOptions = null;

            /**
             * LinuxContainerSecurityContext selinuxOptions.
             * @member {runtime.v1.ISELinuxOption|null|undefined} selinuxOptions
             * @memberof runtime.v1.LinuxContainerSecurityContext
             * @instance
             */
            LinuxContainerSecurityContext.prototype.selinuxOptions = null;

            /**
             * LinuxContainerSecurityContext runAsUser.
             * @member {runtime.v1.IInt64Value|null|undefined} runAsUser
             * @memberof runtime.v1.LinuxContainerSecurityContext
             * @instance
             */
            LinuxContainerSecurityContext.prototype.runAsUser = null;

            /**
             * LinuxContainerSecurityContext runAsGroup.
             * @member {runtime.v1.IInt64Value|null|undefined} runAsGroup
             * @memberof runtime.v1.LinuxContainerSecurityContext
             * @instance
             */
            LinuxContainerSecurityContext.prototype.runAsGroup = null;

            /**
             * LinuxContainerSecurityContext runAsUsername.
             * @member {string} runAsUsername
             * @memberof runtime.v1.LinuxContainerSecurityContext
             * @instance
             */
            LinuxContainerSecurityContext.prototype.runAsUsername = "";

            /**
             * LinuxContainerSecurityContext readonlyRootfs.
             * @member {boolean} readonlyRootfs
             * @memberof runtime.v1.LinuxContainerSecurityContext
             * @instance
             */
            LinuxContainerSecurityContext.prototype.readonlyRootfs = false;

            /**
             * LinuxContainerSecurityContext supplementalGroups.
             * @member {Array.<number>} supplementalGroups
             * @memberof runtime.v1.LinuxContainerSecurityContext
             * @instance
             */
            LinuxContainerSecurityContext.prototype.supplementalGroups = $util.emptyArray;

            /**
             * LinuxContainerSecurityContext noNewPrivs.
             * @member {boolean} noNewPrivs
             * @memberof runtime.v1.LinuxContainerSecurityContext
             * @instance
             */
            LinuxContainerSecurityContext.prototype.noNewPrivs = false;

            /**
             * LinuxContainerSecurityContext maskedPaths.
             * @member {Array.<string>} maskedPaths
             * @memberof runtime.v1.LinuxContainerSecurityContext
             * @instance
             */
            LinuxContainerSecurityContext.prototype.maskedPaths = $util.emptyArray;

            /**
             * LinuxContainerSecurityContext readonlyPaths.
             * @member {Array.<string>} readonlyPaths
             * @memberof runtime.v1.LinuxContainerSecurityContext
             * @instance
             */
            LinuxContainerSecurityContext.prototype.readonlyPaths = $util.emptyArray;

            /**
             * LinuxContainerSecurityContext seccomp.
             * @member {runtime.v1.ISecurityProfile|null|undefined} seccomp
             * @memberof runtime.v1.LinuxContainerSecurityContext
             * @instance
             */
            LinuxContainerSecurityContext.prototype.seccomp = null;

            /**
             * LinuxContainerSecurityContext apparmor.
             * @member {runtime.v1.ISecurityProfile|null|undefined} apparmor
             * @memberof runtime.v1.LinuxContainerSecurityContext
             * @instance
             */
            LinuxContainerSecurityContext.prototype.apparmor = null;

            /**
             * LinuxContainerSecurityContext apparmorProfile.
             * @member {string} apparmorProfile
             * @memberof runtime.v1.LinuxContainerSecurityContext
             * @instance
             */
            LinuxContainerSecurityContext.prototype.apparmorProfile = "";

            /**
             * LinuxContainerSecurityContext seccompProfilePath.
             * @member {string} seccompProfilePath
             * @memberof runtime.v1.LinuxContainerSecurityContext
             * @instance
             */
            LinuxContainerSecurityContext.prototype.seccompProfilePath = "";

            /**
             * Creates a new LinuxContainerSecurityContext instance using the specified properties.
             * @function create
             * @memberof runtime.v1.LinuxContainerSecurityContext
             * @static
             * @param {runtime.v1.ILinuxContainerSecurityContext=} [properties] Properties to set
             * @returns {runtime.v1.LinuxContainerSecurityContext} LinuxContainerSecurityContext instance
             */
            LinuxContainerSecurityContext.create = function create(properties) {
                return new LinuxContainerSecurityContext(properties);
            };

            /**
             * Encodes the specified LinuxContainerSecurityContext message. Does not implicitly {@link runtime.v1.LinuxContainerSecurityContext.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.LinuxContainerSecurityContext
             * @static
             * @param {runtime.v1.ILinuxContainerSecurityContext} message LinuxContainerSecurityContext message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LinuxContainerSecurityContext.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.capabilities != null && Object.hasOwnProperty.call(message, "capabilities"))
                    $root.runtime.v1.Capability.encode(message.capabilities, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (message.privileged != null && Object.hasOwnProperty.call(message, "privileged"))
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.privileged);
                if (message.namespaceOptions != null && Object.hasOwnProperty.call(message, "namespaceOptions"))
                    $root.runtime.v1.NamespaceOption.encode(message.namespaceOptions, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (message.selinuxOptions != null && Object.hasOwnProperty.call(message, "selinuxOptions"))
                    $root.runtime.v1.SELinuxOption.encode(message.selinuxOptions, writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                if (message.runAsUser != null && Object.hasOwnProperty.call(message, "runAsUser"))
                    $root.runtime.v1.Int64Value.encode(message.runAsUser, writer.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                if (message.runAsUsername != null && Object.hasOwnProperty.call(message, "runAsUsername"))
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.runAsUsername);
                if (message.readonlyRootfs != null && Object.hasOwnProperty.call(message, "readonlyRootfs"))
                    writer.uint32(/* id 7, wireType 0 =*/56).bool(message.readonlyRootfs);
                if (message.supplementalGroups != null && message.supplementalGroups.length) {
                    writer.uint32(/* id 8, wireType 2 =*/66).fork();
                    for (let i = 0; i < message.supplementalGroups.length; ++i)
                        writer.int64(message.supplementalGroups[i]);
                    writer.ldelim();
                }
                if (message.apparmorProfile != null && Object.hasOwnProperty.call(message, "apparmorProfile"))
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.apparmorProfile);
                if (message.seccompProfilePath != null && Object.hasOwnProperty.call(message, "seccompProfilePath"))
                    writer.uint32(/* id 10, wireType 2 =*/82).string(message.seccompProfilePath);
                if (message.noNewPrivs != null && Object.hasOwnProperty.call(message, "noNewPrivs"))
                    writer.uint32(/* id 11, wireType 0 =*/88).bool(message.noNewPrivs);
                if (message.runAsGroup != null && Object.hasOwnProperty.call(message, "runAsGroup"))
                    $root.runtime.v1.Int64Value.encode(message.runAsGroup, writer.uint32(/* id 12, wireType 2 =*/98).fork(), q + 1).ldelim();
                if (message.maskedPaths != null && message.maskedPaths.length)
                    for (let i = 0; i < message.maskedPaths.length; ++i)
                        writer.uint32(/* id 13, wireType 2 =*/106).string(message.maskedPaths[i]);
                if (message.readonlyPaths != null && message.readonlyPaths.length)
                    for (let i = 0; i < message.readonlyPaths.length; ++i)
                        writer.uint32(/* id 14, wireType 2 =*/114).string(message.readonlyPaths[i]);
                if (message.seccomp != null && Object.hasOwnProperty.call(message, "seccomp"))
                    $root.runtime.v1.SecurityProfile.encode(message.seccomp, writer.uint32(/* id 15, wireType 2 =*/122).fork(), q + 1).ldelim();
                if (message.apparmor != null && Object.hasOwnProperty.call(message, "apparmor"))
                    $root.runtime.v1.SecurityProfile.encode(message.apparmor, writer.uint32(/* id 16, wireType 2 =*/130).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a LinuxContainerSecurityContext message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.LinuxContainerSecurityContext
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.LinuxContainerSecurityContext} LinuxContainerSecurityContext
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LinuxContainerSecurityContext.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.LinuxContainerSecurityContext();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.capabilities = $root.runtime.v1.Capability.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 2: {
                            message.privileged = reader.bool();
                            break;
                        }
                    case 3: {
                            message.namespaceOptions = $root.runtime.v1.NamespaceOption.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 4: {
                            message.selinuxOptions = $root.runtime.v1.SELinuxOption.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 5: {
                            message.runAsUser = $root.runtime.v1.Int64Value.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 12: {
                            message.runAsGroup = $root.runtime.v1.Int64Value.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 6: {
                            message.runAsUsername = reader.string();
                            break;
                        }
                    case 7: {
                            message.readonlyRootfs = reader.bool();
                            break;
                        }
                    case 8: {
                            if (!(message.supplementalGroups && message.supplementalGroups.length))
                                message.supplementalGroups = [];
                            if ((tag & 7) === 2) {
                                let end2 = reader.uint32() + reader.pos;
                                if (end2 > reader.len)
                                    throw RangeError("index out of range");
                                reader.len = end2;
                                while (reader.pos < end2)
                                    message.supplementalGroups.push(reader.int64());
                                if (reader.pos !== end2)
                                    throw RangeError("index out of range");
                                reader.len = end;
                            } else
                                message.supplementalGroups.push(reader.int64());
                            break;
                        }
                    case 11: {
                            message.noNewPrivs = reader.bool();
                            break;
                        }
                    case 13: {
                            if (!(message.maskedPaths && message.maskedPaths.length))
                                message.maskedPaths = [];
                            message.maskedPaths.push(reader.string());
                            break;
                        }
                    case 14: {
                            if (!(message.readonlyPaths && message.readonlyPaths.length))
                                message.readonlyPaths = [];
                            message.readonlyPaths.push(reader.string());
                            break;
                        }
                    case 15: {
                            message.seccomp = $root.runtime.v1.SecurityProfile.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 16: {
                            message.apparmor = $root.runtime.v1.SecurityProfile.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 9: {
                            message.apparmorProfile = reader.string();
                            break;
                        }
                    case 10: {
                            message.seccompProfilePath = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for LinuxContainerSecurityContext
             * @function getTypeUrl
             * @memberof runtime.v1.LinuxContainerSecurityContext
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            LinuxContainerSecurityContext.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.LinuxContainerSecurityContext";
            };

            return LinuxContainerSecurityContext;
        })();

        v1.LinuxContainerConfig = (function() {

            /**
             * Properties of a LinuxContainerConfig.
             * @memberof runtime.v1
             * @interface ILinuxContainerConfig
             * @property {runtime.v1.ILinuxContainerResources|null} [resources] LinuxContainerConfig resources
             * @property {runtime.v1.ILinuxContainerSecurityContext|null} [securityContext] LinuxContainerConfig securityContext
             */

            /**
             * Constructs a new LinuxContainerConfig.
             * @memberof runtime.v1
             * @classdesc Represents a LinuxContainerConfig.
             * @implements ILinuxContainerConfig
             * @constructor
             * @param {runtime.v1.ILinuxContainerConfig=} [properties] Properties to set
             */
            function LinuxContainerConfig(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * LinuxContainerConfig resources.
             * @member {runtime.v1.ILinuxContainerResources|null|undefined} resources
             * @memberof runtime.v1.LinuxContainerConfig
             * @instance
             */
            LinuxContainerConfig.prototype.resources = null;

            /**
             * LinuxContainerConfig securityContext.
             * @member {runtime.v1.ILinuxContainerSecurityContext|null|undefined} securityContext
             * @memberof runtime.v1.LinuxContainerConfig
             * @instance
             */
            LinuxContainerConfig.prototype.securityContext = null;

            /**
             * Creates a new LinuxContainerConfig instance using the specified properties.
             * @function create
             * @memberof runtime.v1.LinuxContainerConfig
             * @static
             * @param {runtime.v1.ILinuxContainerConfig=} [properties] Properties to set
             * @returns {runtime.v1.LinuxContainerConfig} LinuxContainerConfig instance
             */
            LinuxContainerConfig.create = function create(properties) {
                return new LinuxContainerConfig(properties);
            };

            /**
             * Encodes the specified LinuxContainerConfig message. Does not implicitly {@link runtime.v1.LinuxContainerConfig.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.LinuxContainerConfig
             * @static
             * @param {runtime.v1.ILinuxContainerConfig} message LinuxContainerConfig message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LinuxContainerConfig.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.resources != null && Object.hasOwnProperty.call(message, "resources"))
                    $root.runtime.v1.LinuxContainerResources.encode(message.resources, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (message.securityContext != null && Object.hasOwnProperty.call(message, "securityContext"))
                    $root.runtime.v1.LinuxContainerSecurityContext.encode(message.securityContext, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a LinuxContainerConfig message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.LinuxContainerConfig
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.LinuxContainerConfig} LinuxContainerConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LinuxContainerConfig.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.LinuxContainerConfig();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.resources = $root.runtime.v1.LinuxContainerResources.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 2: {
                            message.securityContext = $root.runtime.v1.LinuxContainerSecurityContext.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for LinuxContainerConfig
             * @function getTypeUrl
             * @memberof runtime.v1.LinuxContainerConfig
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            LinuxContainerConfig.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.LinuxContainerConfig";
            };

            return LinuxContainerConfig;
        })();

        v1.WindowsSandboxSecurityContext = (function() {

            /**
             * Properties of a WindowsSandboxSecurityContext.
             * @memberof runtime.v1
             * @interface IWindowsSandboxSecurityContext
             * @property {string|null} [runAsUsername] WindowsSandboxSecurityContext runAsUsername
             * @property {string|null} [credentialSpec] WindowsSandboxSecurityContext credentialSpec
             * @property {boolean|null} [hostProcess] WindowsSandboxSecurityContext hostProcess
             */

            /**
             * Constructs a new WindowsSandboxSecurityContext.
             * @memberof runtime.v1
             * @classdesc Represents a WindowsSandboxSecurityContext.
             * @implements IWindowsSandboxSecurityContext
             * @constructor
             * @param {runtime.v1.IWindowsSandboxSecurityContext=} [properties] Properties to set
             */
            function WindowsSandboxSecurityContext(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * WindowsSandboxSecurityContext runAsUsername.
             * @member {string} runAsUsername
             * @memberof runtime.v1.WindowsSandboxSecurityContext
             * @instance
             */
            WindowsSandboxSecurityContext.prototype.runAsUsername = "";

            /**
             * WindowsSandboxSecurityContext credentialSpec.
             * @member {string} credentialSpec
             * @memberof runtime.v1.WindowsSandboxSecurityContext
             * @instance
             */
            WindowsSandboxSecurityContext.prototype.credentialSpec = "";

            /**
             * WindowsSandboxSecurityContext hostProcess.
             * @member {boolean} hostProcess
             * @memberof runtime.v1.WindowsSandboxSecurityContext
             * @instance
             */
            WindowsSandboxSecurityContext.prototype.hostProcess = false;

            /**
             * Creates a new WindowsSandboxSecurityContext instance using the specified properties.
             * @function create
             * @memberof runtime.v1.WindowsSandboxSecurityContext
             * @static
             * @param {runtime.v1.IWindowsSandboxSecurityContext=} [properties] Properties to set
             * @returns {runtime.v1.WindowsSandboxSecurityContext} WindowsSandboxSecurityContext instance
             */
            WindowsSandboxSecurityContext.create = function create(properties) {
                return new WindowsSandboxSecurityContext(properties);
            };

            /**
             * Encodes the specified WindowsSandboxSecurityContext message. Does not implicitly {@link runtime.v1.WindowsSandboxSecurityContext.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.WindowsSandboxSecurityContext
             * @static
             * @param {runtime.v1.IWindowsSandboxSecurityContext} message WindowsSandboxSecurityContext message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WindowsSandboxSecurityContext.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.runAsUsername != null && Object.hasOwnProperty.call(message, "runAsUsername"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.runAsUsername);
                if (message.credentialSpec != null && Object.hasOwnProperty.call(message, "credentialSpec"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.credentialSpec);
                if (message.hostProcess != null && Object.hasOwnProperty.call(message, "hostProcess"))
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.hostProcess);
                return writer;
            };

            /**
             * Decodes a WindowsSandboxSecurityContext message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.WindowsSandboxSecurityContext
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.WindowsSandboxSecurityContext} WindowsSandboxSecurityContext
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WindowsSandboxSecurityContext.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.WindowsSandboxSecurityContext();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.runAsUsername = reader.string();
                            break;
                        }
                    case 2: {
                            message.credentialSpec = reader.string();
                            break;
                        }
                    case 3: {
                            message.hostProcess = reader.bool();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for WindowsSandboxSecurityContext
             * @function getTypeUrl
             * @memberof runtime.v1.WindowsSandboxSecurityContext
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            WindowsSandboxSecurityContext.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.WindowsSandboxSecurityContext";
            };

            return WindowsSandboxSecurityContext;
        })();

        v1.WindowsPodSandboxConfig = (function() {

            /**
             * Properties of a WindowsPodSandboxConfig.
             * @memberof runtime.v1
             * @interface IWindowsPodSandboxConfig
             * @property {runtime.v1.IWindowsSandboxSecurityContext|null} [securityContext] WindowsPodSandboxConfig securityContext
             */

            /**
             * Constructs a new WindowsPodSandboxConfig.
             * @memberof runtime.v1
             * @classdesc Represents a WindowsPodSandboxConfig.
             * @implements IWindowsPodSandboxConfig
             * @constructor
             * @param {runtime.v1.IWindowsPodSandboxConfig=} [properties] Properties to set
             */
            function WindowsPodSandboxConfig(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * WindowsPodSandboxConfig securityContext.
             * @member {runtime.v1.IWindowsSandboxSecurityContext|null|undefined} securityContext
             * @memberof runtime.v1.WindowsPodSandboxConfig
             * @instance
             */
            WindowsPodSandboxConfig.prototype.securityContext = null;

            /**
             * Creates a new WindowsPodSandboxConfig instance using the specified properties.
             * @function create
             * @memberof runtime.v1.WindowsPodSandboxConfig
             * @static
             * @param {runtime.v1.IWindowsPodSandboxConfig=} [properties] Properties to set
             * @returns {runtime.v1.WindowsPodSandboxConfig} WindowsPodSandboxConfig instance
             */
            WindowsPodSandboxConfig.create = function create(properties) {
                return new WindowsPodSandboxConfig(properties);
            };

            /**
             * Encodes the specified WindowsPodSandboxConfig message. Does not implicitly {@link runtime.v1.WindowsPodSandboxConfig.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.WindowsPodSandboxConfig
             * @static
             * @param {runtime.v1.IWindowsPodSandboxConfig} message WindowsPodSandboxConfig message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WindowsPodSandboxConfig.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.securityContext != null && Object.hasOwnProperty.call(message, "securityContext"))
                    $root.runtime.v1.WindowsSandboxSecurityContext.encode(message.securityContext, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a WindowsPodSandboxConfig message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.WindowsPodSandboxConfig
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.WindowsPodSandboxConfig} WindowsPodSandboxConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WindowsPodSandboxConfig.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.WindowsPodSandboxConfig();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.securityContext = $root.runtime.v1.WindowsSandboxSecurityContext.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for WindowsPodSandboxConfig
             * @function getTypeUrl
             * @memberof runtime.v1.WindowsPodSandboxConfig
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            WindowsPodSandboxConfig.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.WindowsPodSandboxConfig";
            };

            return WindowsPodSandboxConfig;
        })();

        v1.WindowsContainerSecurityContext = (function() {

            /**
             * Properties of a WindowsContainerSecurityContext.
             * @memberof runtime.v1
             * @interface IWindowsContainerSecurityContext
             * @property {string|null} [runAsUsername] WindowsContainerSecurityContext runAsUsername
             * @property {string|null} [credentialSpec] WindowsContainerSecurityContext credentialSpec
             * @property {boolean|null} [hostProcess] WindowsContainerSecurityContext hostProcess
             */

            /**
             * Constructs a new WindowsContainerSecurityContext.
             * @memberof runtime.v1
             * @classdesc Represents a WindowsContainerSecurityContext.
             * @implements IWindowsContainerSecurityContext
             * @constructor
             * @param {runtime.v1.IWindowsContainerSecurityContext=} [properties] Properties to set
             */
            function WindowsContainerSecurityContext(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * WindowsContainerSecurityContext runAsUsername.
             * @member {string} runAsUsername
             * @memberof runtime.v1.WindowsContainerSecurityContext
             * @instance
             */
            WindowsContainerSecurityContext.prototype.runAsUsername = "";

            /**
             * WindowsContainerSecurityContext credentialSpec.
             * @member {string} credentialSpec
             * @memberof runtime.v1.WindowsContainerSecurityContext
             * @instance
             */
            WindowsContainerSecurityContext.prototype.credentialSpec = "";

            /**
             * WindowsContainerSecurityContext hostProcess.
             * @member {boolean} hostProcess
             * @memberof runtime.v1.WindowsContainerSecurityContext
             * @instance
             */
            WindowsContainerSecurityContext.prototype.hostProcess = false;

            /**
             * Creates a new WindowsContainerSecurityContext instance using the specified properties.
             * @function create
             * @memberof runtime.v1.WindowsContainerSecurityContext
             * @static
             * @param {runtime.v1.IWindowsContainerSecurityContext=} [properties] Properties to set
             * @returns {runtime.v1.WindowsContainerSecurityContext} WindowsContainerSecurityContext instance
             */
            WindowsContainerSecurityContext.create = function create(properties) {
                return new WindowsContainerSecurityContext(properties);
            };

            /**
             * Encodes the specified WindowsContainerSecurityContext message. Does not implicitly {@link runtime.v1.WindowsContainerSecurityContext.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.WindowsContainerSecurityContext
             * @static
             * @param {runtime.v1.IWindowsContainerSecurityContext} message WindowsContainerSecurityContext message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WindowsContainerSecurityContext.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.runAsUsername != null && Object.hasOwnProperty.call(message, "runAsUsername"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.runAsUsername);
                if (message.credentialSpec != null && Object.hasOwnProperty.call(message, "credentialSpec"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.credentialSpec);
                if (message.hostProcess != null && Object.hasOwnProperty.call(message, "hostProcess"))
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.hostProcess);
                return writer;
            };

            /**
             * Decodes a WindowsContainerSecurityContext message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.WindowsContainerSecurityContext
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.WindowsContainerSecurityContext} WindowsContainerSecurityContext
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WindowsContainerSecurityContext.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.WindowsContainerSecurityContext();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.runAsUsername = reader.string();
                            break;
                        }
                    case 2: {
                            message.credentialSpec = reader.string();
                            break;
                        }
                    case 3: {
                            message.hostProcess = reader.bool();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for WindowsContainerSecurityContext
             * @function getTypeUrl
             * @memberof runtime.v1.WindowsContainerSecurityContext
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            WindowsContainerSecurityContext.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.WindowsContainerSecurityContext";
            };

            return WindowsContainerSecurityContext;
        })();

        v1.WindowsContainerConfig = (function() {

            /**
             * Properties of a WindowsContainerConfig.
             * @memberof runtime.v1
             * @interface IWindowsContainerConfig
             * @property {runtime.v1.IWindowsContainerResources|null} [resources] WindowsContainerConfig resources
             * @property {runtime.v1.IWindowsContainerSecurityContext|null} [securityContext] WindowsContainerConfig securityContext
             */

            /**
             * Constructs a new WindowsContainerConfig.
             * @memberof runtime.v1
             * @classdesc Represents a WindowsContainerConfig.
             * @implements IWindowsContainerConfig
             * @constructor
             * @param {runtime.v1.IWindowsContainerConfig=} [properties] Properties to set
             */
            function WindowsContainerConfig(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * WindowsContainerConfig resources.
             * @member {runtime.v1.IWindowsContainerResources|null|undefined} resources
             * @memberof runtime.v1.WindowsContainerConfig
             * @instance
             */
            WindowsContainerConfig.prototype.resources = null;

            /**
             * WindowsContainerConfig securityContext.
             * @member {runtime.v1.IWindowsContainerSecurityContext|null|undefined} securityContext
             * @memberof runtime.v1.WindowsContainerConfig
             * @instance
             */
            WindowsContainerConfig.prototype.securityContext = null;

            /**
             * Creates a new WindowsContainerConfig instance using the specified properties.
             * @function create
             * @memberof runtime.v1.WindowsContainerConfig
             * @static
             * @param {runtime.v1.IWindowsContainerConfig=} [properties] Properties to set
             * @returns {runtime.v1.WindowsContainerConfig} WindowsContainerConfig instance
             */
            WindowsContainerConfig.create = function create(properties) {
                return new WindowsContainerConfig(properties);
            };

            /**
             * Encodes the specified WindowsContainerConfig message. Does not implicitly {@link runtime.v1.WindowsContainerConfig.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.WindowsContainerConfig
             * @static
             * @param {runtime.v1.IWindowsContainerConfig} message WindowsContainerConfig message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WindowsContainerConfig.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.resources != null && Object.hasOwnProperty.call(message, "resources"))
                    $root.runtime.v1.WindowsContainerResources.encode(message.resources, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (message.securityContext != null && Object.hasOwnProperty.call(message, "securityContext"))
                    $root.runtime.v1.WindowsContainerSecurityContext.encode(message.securityContext, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a WindowsContainerConfig message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.WindowsContainerConfig
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.WindowsContainerConfig} WindowsContainerConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WindowsContainerConfig.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.WindowsContainerConfig();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.resources = $root.runtime.v1.WindowsContainerResources.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 2: {
                            message.securityContext = $root.runtime.v1.WindowsContainerSecurityContext.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for WindowsContainerConfig
             * @function getTypeUrl
             * @memberof runtime.v1.WindowsContainerConfig
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            WindowsContainerConfig.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.WindowsContainerConfig";
            };

            return WindowsContainerConfig;
        })();

        v1.WindowsContainerResources = (function() {

            /**
             * Properties of a WindowsContainerResources.
             * @memberof runtime.v1
             * @interface IWindowsContainerResources
             * @property {number|null} [cpuShares] WindowsContainerResources cpuShares
             * @property {number|null} [cpuCount] WindowsContainerResources cpuCount
             * @property {number|null} [cpuMaximum] WindowsContainerResources cpuMaximum
             * @property {number|null} [memoryLimitInBytes] WindowsContainerResources memoryLimitInBytes
             * @property {number|null} [rootfsSizeInBytes] WindowsContainerResources rootfsSizeInBytes
             */

            /**
             * Constructs a new WindowsContainerResources.
             * @memberof runtime.v1
             * @classdesc Represents a WindowsContainerResources.
             * @implements IWindowsContainerResources
             * @constructor
             * @param {runtime.v1.IWindowsContainerResources=} [properties] Properties to set
             */
            function WindowsContainerResources(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * WindowsContainerResources cpuShares.
             * @member {number} cpuShares
             * @memberof runtime.v1.WindowsContainerResources
             * @instance
             */
            WindowsContainerResources.prototype.cpuShares = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * WindowsContainerResources cpuCount.
             * @member {number} cpuCount
             * @memberof runtime.v1.WindowsContainerResources
             * @instance
             */
            WindowsContainerResources.prototype.cpuCount = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * WindowsContainerResources cpuMaximum.
             * @member {number} cpuMaximum
             * @memberof runtime.v1.WindowsContainerResources
             * @instance
             */
            WindowsContainerResources.prototype.cpuMaximum = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * WindowsContainerResources memoryLimitInBytes.
             * @member {number} memoryLimitInBytes
             * @memberof runtime.v1.WindowsContainerResources
             * @instance
             */
            WindowsContainerResources.prototype.memoryLimitInBytes = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * WindowsContainerResources rootfsSizeInBytes.
             * @member {number} rootfsSizeInBytes
             * @memberof runtime.v1.WindowsContainerResources
             * @instance
             */
            WindowsContainerResources.prototype.rootfsSizeInBytes = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new WindowsContainerResources instance using the specified properties.
             * @function create
             * @memberof runtime.v1.WindowsContainerResources
             * @static
             * @param {runtime.v1.IWindowsContainerResources=} [properties] Properties to set
             * @returns {runtime.v1.WindowsContainerResources} WindowsContainerResources instance
             */
            WindowsContainerResources.create = function create(properties) {
                return new WindowsContainerResources(properties);
            };

            /**
             * Encodes the specified WindowsContainerResources message. Does not implicitly {@link runtime.v1.WindowsContainerResources.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.WindowsContainerResources
             * @static
             * @param {runtime.v1.IWindowsContainerResources} message WindowsContainerResources message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WindowsContainerResources.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.cpuShares != null && Object.hasOwnProperty.call(message, "cpuShares"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.cpuShares);
                if (message.cpuCount != null && Object.hasOwnProperty.call(message, "cpuCount"))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.cpuCount);
                if (message.cpuMaximum != null && Object.hasOwnProperty.call(message, "cpuMaximum"))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.cpuMaximum);
                if (message.memoryLimitInBytes != null && Object.hasOwnProperty.call(message, "memoryLimitInBytes"))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.memoryLimitInBytes);
                if (message.rootfsSizeInBytes != null && Object.hasOwnProperty.call(message, "rootfsSizeInBytes"))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.rootfsSizeInBytes);
                return writer;
            };

            /**
             * Decodes a WindowsContainerResources message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.WindowsContainerResources
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.WindowsContainerResources} WindowsContainerResources
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WindowsContainerResources.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.WindowsContainerResources();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.cpuShares = reader.int64();
                            break;
                        }
                    case 2: {
                            message.cpuCount = reader.int64();
                            break;
                        }
                    case 3: {
                            message.cpuMaximum = reader.int64();
                            break;
                        }
                    case 4: {
                            message.memoryLimitInBytes = reader.int64();
                            break;
                        }
                    case 5: {
                            message.rootfsSizeInBytes = reader.int64();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for WindowsContainerResources
             * @function getTypeUrl
             * @memberof runtime.v1.WindowsContainerResources
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            WindowsContainerResources.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.WindowsContainerResources";
            };

            return WindowsContainerResources;
        })();

        v1.ContainerMetadata = (function() {

            /**
             * Properties of a ContainerMetadata.
             * @memberof runtime.v1
             * @interface IContainerMetadata
             * @property {string|null} [name] ContainerMetadata name
             * @property {number|null} [attempt] ContainerMetadata attempt
             */

            /**
             * Constructs a new ContainerMetadata.
             * @memberof runtime.v1
             * @classdesc Represents a ContainerMetadata.
             * @implements IContainerMetadata
             * @constructor
             * @param {runtime.v1.IContainerMetadata=} [properties] Properties to set
             */
            function ContainerMetadata(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ContainerMetadata name.
             * @member {string} name
             * @memberof runtime.v1.ContainerMetadata
             * @instance
             */
            ContainerMetadata.prototype.name = "";

            /**
             * ContainerMetadata attempt.
             * @member {number} attempt
             * @memberof runtime.v1.ContainerMetadata
             * @instance
             */
            ContainerMetadata.prototype.attempt = 0;

            /**
             * Creates a new ContainerMetadata instance using the specified properties.
             * @function create
             * @memberof runtime.v1.ContainerMetadata
             * @static
             * @param {runtime.v1.IContainerMetadata=} [properties] Properties to set
             * @returns {runtime.v1.ContainerMetadata} ContainerMetadata instance
             */
            ContainerMetadata.create = function create(properties) {
                return new ContainerMetadata(properties);
            };

            /**
             * Encodes the specified ContainerMetadata message. Does not implicitly {@link runtime.v1.ContainerMetadata.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.ContainerMetadata
             * @static
             * @param {runtime.v1.IContainerMetadata} message ContainerMetadata message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ContainerMetadata.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.attempt != null && Object.hasOwnProperty.call(message, "attempt"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.attempt);
                return writer;
            };

            /**
             * Decodes a ContainerMetadata message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.ContainerMetadata
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.ContainerMetadata} ContainerMetadata
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ContainerMetadata.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.ContainerMetadata();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.name = reader.string();
                            break;
                        }
                    case 2: {
                            message.attempt = reader.uint32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for ContainerMetadata
             * @function getTypeUrl
             * @memberof runtime.v1.ContainerMetadata
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ContainerMetadata.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.ContainerMetadata";
            };

            return ContainerMetadata;
        })();

        v1.Device = (function() {

            /**
             * Properties of a Device.
             * @memberof runtime.v1
             * @interface IDevice
             * @property {string|null} [containerPath] Device containerPath
             * @property {string|null} [hostPath] Device hostPath
             * @property {string|null} [permissions] Device permissions
             */

            /**
             * Constructs a new Device.
             * @memberof runtime.v1
             * @classdesc Represents a Device.
             * @implements IDevice
             * @constructor
             * @param {runtime.v1.IDevice=} [properties] Properties to set
             */
            function Device(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Device containerPath.
             * @member {string} containerPath
             * @memberof runtime.v1.Device
             * @instance
             */
            Device.prototype.containerPath = "";

            /**
             * Device hostPath.
             * @member {string} hostPath
             * @memberof runtime.v1.Device
             * @instance
             */
            Device.prototype.hostPath = "";

            /**
             * Device permissions.
             * @member {string} permissions
             * @memberof runtime.v1.Device
             * @instance
             */
            Device.prototype.permissions = "";

            /**
             * Creates a new Device instance using the specified properties.
             * @function create
             * @memberof runtime.v1.Device
             * @static
             * @param {runtime.v1.IDevice=} [properties] Properties to set
             * @returns {runtime.v1.Device} Device instance
             */
            Device.create = function create(properties) {
                return new Device(properties);
            };

            /**
             * Encodes the specified Device message. Does not implicitly {@link runtime.v1.Device.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.Device
             * @static
             * @param {runtime.v1.IDevice} message Device message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Device.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.containerPath != null && Object.hasOwnProperty.call(message, "containerPath"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.containerPath);
                if (message.hostPath != null && Object.hasOwnProperty.call(message, "hostPath"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.hostPath);
                if (message.permissions != null && Object.hasOwnProperty.call(message, "permissions"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.permissions);
                return writer;
            };

            /**
             * Decodes a Device message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.Device
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.Device} Device
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Device.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.Device();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.containerPath = reader.string();
                            break;
                        }
                    case 2: {
                            message.hostPath = reader.string();
                            break;
                        }
                    case 3: {
                            message.permissions = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for Device
             * @function getTypeUrl
             * @memberof runtime.v1.Device
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Device.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.Device";
            };

            return Device;
        })();

        v1.ContainerConfig = (function() {

            /**
             * Properties of a ContainerConfig.
             * @memberof runtime.v1
             * @interface IContainerConfig
             * @property {runtime.v1.IContainerMetadata|null} [metadata] ContainerConfig metadata
             * @property {runtime.v1.IImageSpec|null} [image] ContainerConfig image
             * @property {Array.<string>|null} [command] ContainerConfig command
             * @property {Array.<string>|null} [args] ContainerConfig args
             * @property {string|null} [workingDir] ContainerConfig workingDir
             * @property {Array.<runtime.v1.IKeyValue>|null} [envs] ContainerConfig envs
             * @property {Array.<runtime.v1.IMount>|null} [mounts] ContainerConfig mounts
             * @property {Array.<runtime.v1.IDevice>|null} [devices] ContainerConfig devices
             * @property {Object.<string,string>|null} [labels] ContainerConfig labels
             * @property {Object.<string,string>|null} [annotations] ContainerConfig annotations
             * @property {string|null} [logPath] ContainerConfig logPath
             * @property {boolean|null} [stdin] ContainerConfig stdin
             * @property {boolean|null} [stdinOnce] ContainerConfig stdinOnce
             * @property {boolean|null} [tty] ContainerConfig tty
             * @property {runtime.v1.ILinuxContainerConfig|null} [linux] ContainerConfig linux
             * @property {runtime.v1.IWindowsContainerConfig|null} [windows] ContainerConfig windows
             */

            /**
             * Constructs a new ContainerConfig.
             * @memberof runtime.v1
             * @classdesc Represents a ContainerConfig.
             * @implements IContainerConfig
             * @constructor
             * @param {runtime.v1.IContainerConfig=} [properties] Properties to set
             */
            function ContainerConfig(properties) {
                this.command = [];
                this.args = [];
                this.envs = [];
                this.mounts = [];
                this.devices = [];
                this.labels = {};
                this.annotations = {};
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ContainerConfig metadata.
             * @member {runtime.v1.IContainerMetadata|null|undefined} metadata
             * @memberof runtime.v1.ContainerConfig
             * @instance
             */
            ContainerConfig.prototype.metadata = null;

            /**
             * ContainerConfig image.
             * @member {runtime.v1.IImageSpec|null|undefined} image
             * @memberof runtime.v1.ContainerConfig
             * @instance
             */
            ContainerConfig.prototype.image = null;

            /**
             * ContainerConfig command.
             * @member {Array.<string>} command
             * @memberof runtime.v1.ContainerConfig
             * @instance
             */
            ContainerConfig.prototype.command = $util.emptyArray;

            /**
             * ContainerConfig args.
             * @member {Array.<string>} args
             * @memberof runtime.v1.ContainerConfig
             * @instance
             */
            ContainerConfig.prototype.args = $util.emptyArray;

            /**
             * ContainerConfig workingDir.
             * @member {string} workingDir
             * @memberof runtime.v1.ContainerConfig
             * @instance
             */
            ContainerConfig.prototype.workingDir = "";

            /**
             * ContainerConfig envs.
             * @member {Array.<runtime.v1.IKeyValue>} envs
             * @memberof runtime.v1.ContainerConfig
             * @instance
             */
            ContainerConfig.prototype.envs = $util.emptyArray;

            /**
             * ContainerConfig mounts.
             * @member {Array.<runtime.v1.IMount>} mounts
             * @memberof runtime.v1.ContainerConfig
             * @instance
             */
            ContainerConfig.prototype.mounts = $util.emptyArray;

            /**
             * ContainerConfig devices.
             * @member {Array.<runtime.v1.IDevice>} devices
             * @memberof runtime.v1.ContainerConfig
             * @instance
             */
            ContainerConfig.prototype.devices = $util.emptyArray;

            /**
             * ContainerConfig labels.
             * @member {Object.<string,string>} labels
             * @memberof runtime.v1.ContainerConfig
             * @instance
             */
            ContainerConfig.prototype.labels = $util.emptyObject;

            /**
             * ContainerConfig annotations.
             * @member {Object.<string,string>} annotations
             * @memberof runtime.v1.ContainerConfig
             * @instance
             */
            ContainerConfig.prototype.annotations = $util.emptyObject;

            /**
             * ContainerConfig logPath.
             * @member {string} logPath
             * @memberof runtime.v1.ContainerConfig
             * @instance
             */
            ContainerConfig.prototype.logPath = "";

            /**
             * ContainerConfig stdin.
             * @member {boolean} stdin
             * @memberof runtime.v1.ContainerConfig
             * @instance
             */
            ContainerConfig.prototype.stdin = false;

            /**
             * ContainerConfig stdinOnce.
             * @member {boolean} stdinOnce
             * @memberof runtime.v1.ContainerConfig
             * @instance
             */
            ContainerConfig.prototype.stdinOnce = false;

            /**
             * ContainerConfig tty.
             * @member {boolean} tty
             * @memberof runtime.v1.ContainerConfig
             * @instance
             */
            ContainerConfig.prototype.tty = false;

            /**
             * ContainerConfig linux.
             * @member {runtime.v1.ILinuxContainerConfig|null|undefined} linux
             * @memberof runtime.v1.ContainerConfig
             * @instance
             */
            ContainerConfig.prototype.linux = null;

            /**
             * ContainerConfig windows.
             * @member {runtime.v1.IWindowsContainerConfig|null|undefined} windows
             * @memberof runtime.v1.ContainerConfig
             * @instance
             */
            ContainerConfig.prototype.windows = null;

            /**
             * Creates a new ContainerConfig instance using the specified properties.
             * @function create
             * @memberof runtime.v1.ContainerConfig
             * @static
             * @param {runtime.v1.IContainerConfig=} [properties] Properties to set
             * @returns {runtime.v1.ContainerConfig} ContainerConfig instance
             */
            ContainerConfig.create = function create(properties) {
                return new ContainerConfig(properties);
            };

            /**
             * Encodes the specified ContainerConfig message. Does not implicitly {@link runtime.v1.ContainerConfig.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.ContainerConfig
             * @static
             * @param {runtime.v1.IContainerConfig} message ContainerConfig message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ContainerConfig.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.metadata != null && Object.hasOwnProperty.call(message, "metadata"))
                    $root.runtime.v1.ContainerMetadata.encode(message.metadata, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (message.image != null && Object.hasOwnProperty.call(message, "image"))
                    $root.runtime.v1.ImageSpec.encode(message.image, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (message.command != null && message.command.length)
                    for (let i = 0; i < message.command.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.command[i]);
                if (message.args != null && message.args.length)
                    for (let i = 0; i < message.args.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.args[i]);
                if (message.workingDir != null && Object.hasOwnProperty.call(message, "workingDir"))
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.workingDir);
                if (message.envs != null && message.envs.length)
                    for (let i = 0; i < message.envs.length; ++i)
                        $root.runtime.v1.KeyValue.encode(message.envs[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                if (message.mounts != null && message.mounts.length)
                    for (let i = 0; i < message.mounts.length; ++i)
                        $root.runtime.v1.Mount.encode(message.mounts[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
                if (message.devices != null && message.devices.length)
                    for (let i = 0; i < message.devices.length; ++i)
                        $root.runtime.v1.Device.encode(message.devices[i], writer.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
                if (message.labels != null && Object.hasOwnProperty.call(message, "labels"))
                    for (let keys = Object.keys(message.labels), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 9, wireType 2 =*/74).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.labels[keys[i]]).ldelim();
                if (message.annotations != null && Object.hasOwnProperty.call(message, "annotations"))
                    for (let keys = Object.keys(message.annotations), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 10, wireType 2 =*/82).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.annotations[keys[i]]).ldelim();
                if (message.logPath != null && Object.hasOwnProperty.call(message, "logPath"))
                    writer.uint32(/* id 11, wireType 2 =*/90).string(message.logPath);
                if (message.stdin != null && Object.hasOwnProperty.call(message, "stdin"))
                    writer.uint32(/* id 12, wireType 0 =*/96).bool(message.stdin);
                if (message.stdinOnce != null && Object.hasOwnProperty.call(message, "stdinOnce"))
                    writer.uint32(/* id 13, wireType 0 =*/104).bool(message.stdinOnce);
                if (message.tty != null && Object.hasOwnProperty.call(message, "tty"))
                    writer.uint32(/* id 14, wireType 0 =*/112).bool(message.tty);
                if (message.linux != null && Object.hasOwnProperty.call(message, "linux"))
                    $root.runtime.v1.LinuxContainerConfig.encode(message.linux, writer.uint32(/* id 15, wireType 2 =*/122).fork(), q + 1).ldelim();
                if (message.windows != null && Object.hasOwnProperty.call(message, "windows"))
                    $root.runtime.v1.WindowsContainerConfig.encode(message.windows, writer.uint32(/* id 16, wireType 2 =*/130).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a ContainerConfig message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.ContainerConfig
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.ContainerConfig} ContainerConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ContainerConfig.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message, key, value;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.ContainerConfig();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.metadata = $root.runtime.v1.ContainerMetadata.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 2: {
                            message.image = $root.runtime.v1.ImageSpec.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 3: {
                            if (!(message.command && message.command.length))
                                message.command = [];
                            message.command.push(reader.string());
                            break;
                        }
                    case 4: {
                            if (!(message.args && message.args.length))
                                message.args = [];
                            message.args.push(reader.string());
                            break;
                        }
                    case 5: {
                            message.workingDir = reader.string();
                            break;
                        }
                    case 6: {
                            if (!(message.envs && message.envs.length))
                                message.envs = [];
                            message.envs.push($root.runtime.v1.KeyValue.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 7: {
                            if (!(message.mounts && message.mounts.length))
                                message.mounts = [];
                            message.mounts.push($root.runtime.v1.Mount.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 8: {
                            if (!(message.devices && message.devices.length))
                                message.devices = [];
                            message.devices.push($root.runtime.v1.Device.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 9: {
                            if (message.labels === $util.emptyObject)
                                message.labels = {};
                            let end2 = reader.uint32() + reader.pos;
                            if (end2 > reader.len)
                                throw RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.uint32();
                                switch (tag2 >>> 3) {
                                case 1:
                                    key = reader.string();
                                    break;
                                case 2:
                                    value = reader.string();
                                    break;
                                default:
                                    reader.skipType(tag2 & 7, long);
                                    break;
                                }
                            }
                            if (reader.pos !== end2)
                                throw RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.labels, key);
                            message.labels[key] = value;
                            break;
                        }
                    case 10: {
                            if (message.annotations === $util.emptyObject)
                                message.annotations = {};
                            let end2 = reader.uint32() + reader.pos;
                            if (end2 > reader.len)
                                throw RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.uint32();
                                switch (tag2 >>> 3) {
                                case 1:
                                    key = reader.string();
                                    break;
                                case 2:
                                    value = reader.string();
                                    break;
                                default:
                                    reader.skipType(tag2 & 7, long);
                                    break;
                                }
                            }
                            if (reader.pos !== end2)
                                throw RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.annotations, key);
                            message.annotations[key] = value;
                            break;
                        }
                    case 11: {
                            message.logPath = reader.string();
                            break;
                        }
                    case 12: {
                            message.stdin = reader.bool();
                            break;
                        }
                    case 13: {
                            message.stdinOnce = reader.bool();
                            break;
                        }
                    case 14: {
                            message.tty = reader.bool();
                            break;
                        }
                    case 15: {
                            message.linux = $root.runtime.v1.LinuxContainerConfig.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 16: {
                            message.windows = $root.runtime.v1.WindowsContainerConfig.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for ContainerConfig
             * @function getTypeUrl
             * @memberof runtime.v1.ContainerConfig
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ContainerConfig.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.ContainerConfig";
            };

            return ContainerConfig;
        })();

        v1.CreateContainerRequest = (function() {

            /**
             * Properties of a CreateContainerRequest.
             * @memberof runtime.v1
             * @interface ICreateContainerRequest
             * @property {string|null} [podSandboxId] CreateContainerRequest podSandboxId
             * @property {runtime.v1.IContainerConfig|null} [config] CreateContainerRequest config
             * @property {runtime.v1.IPodSandboxConfig|null} [sandboxConfig] CreateContainerRequest sandboxConfig
             */

            /**
             * Constructs a new CreateContainerRequest.
             * @memberof runtime.v1
             * @classdesc Represents a CreateContainerRequest.
             * @implements ICreateContainerRequest
             * @constructor
             * @param {runtime.v1.ICreateContainerRequest=} [properties] Properties to set
             */
            function CreateContainerRequest(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * CreateContainerRequest podSandboxId.
             * @member {string} podSandboxId
             * @memberof runtime.v1.CreateContainerRequest
             * @instance
             */
            CreateContainerRequest.prototype.podSandboxId = "";

            /**
             * CreateContainerRequest config.
             * @member {runtime.v1.IContainerConfig|null|undefined} config
             * @memberof runtime.v1.CreateContainerRequest
             * @instance
             */
            CreateContainerRequest.prototype.config = null;

            /**
             * CreateContainerRequest sandboxConfig.
             * @member {runtime.v1.IPodSandboxConfig|null|undefined} sandboxConfig
             * @memberof runtime.v1.CreateContainerRequest
             * @instance
             */
            CreateContainerRequest.prototype.sandboxConfig = null;

            /**
             * Creates a new CreateContainerRequest instance using the specified properties.
             * @function create
             * @memberof runtime.v1.CreateContainerRequest
             * @static
             * @param {runtime.v1.ICreateContainerRequest=} [properties] Properties to set
             * @returns {runtime.v1.CreateContainerRequest} CreateContainerRequest instance
             */
            CreateContainerRequest.create = function create(properties) {
                return new CreateContainerRequest(properties);
            };

            /**
             * Encodes the specified CreateContainerRequest message. Does not implicitly {@link runtime.v1.CreateContainerRequest.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.CreateContainerRequest
             * @static
             * @param {runtime.v1.ICreateContainerRequest} message CreateContainerRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CreateContainerRequest.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.podSandboxId != null && Object.hasOwnProperty.call(message, "podSandboxId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.podSandboxId);
                if (message.config != null && Object.hasOwnProperty.call(message, "config"))
                    $root.runtime.v1.ContainerConfig.encode(message.config, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (message.sandboxConfig != null && Object.hasOwnProperty.call(message, "sandboxConfig"))
                    $root.runtime.v1.PodSandboxConfig.encode(message.sandboxConfig, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a CreateContainerRequest message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.CreateContainerRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.CreateContainerRequest} CreateContainerRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CreateContainerRequest.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.CreateContainerRequest();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.podSandboxId = reader.string();
                            break;
                        }
                    case 2: {
                            message.config = $root.runtime.v1.ContainerConfig.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 3: {
                            message.sandboxConfig = $root.runtime.v1.PodSandboxConfig.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for CreateContainerRequest
             * @function getTypeUrl
             * @memberof runtime.v1.CreateContainerRequest
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            CreateContainerRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.CreateContainerRequest";
            };

            return CreateContainerRequest;
        })();

        v1.CreateContainerResponse = (function() {

            /**
             * Properties of a CreateContainerResponse.
             * @memberof runtime.v1
             * @interface ICreateContainerResponse
             * @property {string|null} [containerId] CreateContainerResponse containerId
             */

            /**
             * Constructs a new CreateContainerResponse.
             * @memberof runtime.v1
             * @classdesc Represents a CreateContainerResponse.
             * @implements ICreateContainerResponse
             * @constructor
             * @param {runtime.v1.ICreateContainerResponse=} [properties] Properties to set
             */
            function CreateContainerResponse(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * CreateContainerResponse containerId.
             * @member {string} containerId
             * @memberof runtime.v1.CreateContainerResponse
             * @instance
             */
            CreateContainerResponse.prototype.containerId = "";

            /**
             * Creates a new CreateContainerResponse instance using the specified properties.
             * @function create
             * @memberof runtime.v1.CreateContainerResponse
             * @static
             * @param {runtime.v1.ICreateContainerResponse=} [properties] Properties to set
             * @returns {runtime.v1.CreateContainerResponse} CreateContainerResponse instance
             */
            CreateContainerResponse.create = function create(properties) {
                return new CreateContainerResponse(properties);
            };

            /**
             * Encodes the specified CreateContainerResponse message. Does not implicitly {@link runtime.v1.CreateContainerResponse.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.CreateContainerResponse
             * @static
             * @param {runtime.v1.ICreateContainerResponse} message CreateContainerResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CreateContainerResponse.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.containerId != null && Object.hasOwnProperty.call(message, "containerId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.containerId);
                return writer;
            };

            /**
             * Decodes a CreateContainerResponse message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.CreateContainerResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.CreateContainerResponse} CreateContainerResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CreateContainerResponse.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.CreateContainerResponse();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.containerId = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for CreateContainerResponse
             * @function getTypeUrl
             * @memberof runtime.v1.CreateContainerResponse
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            CreateContainerResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.CreateContainerResponse";
            };

            return CreateContainerResponse;
        })();

        v1.StartContainerRequest = (function() {

            /**
             * Properties of a StartContainerRequest.
             * @memberof runtime.v1
             * @interface IStartContainerRequest
             * @property {string|null} [containerId] StartContainerRequest containerId
             */

            /**
             * Constructs a new StartContainerRequest.
             * @memberof runtime.v1
             * @classdesc Represents a StartContainerRequest.
             * @implements IStartContainerRequest
             * @constructor
             * @param {runtime.v1.IStartContainerRequest=} [properties] Properties to set
             */
            function StartContainerRequest(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * StartContainerRequest containerId.
             * @member {string} containerId
             * @memberof runtime.v1.StartContainerRequest
             * @instance
             */
            StartContainerRequest.prototype.containerId = "";

            /**
             * Creates a new StartContainerRequest instance using the specified properties.
             * @function create
             * @memberof runtime.v1.StartContainerRequest
             * @static
             * @param {runtime.v1.IStartContainerRequest=} [properties] Properties to set
             * @returns {runtime.v1.StartContainerRequest} StartContainerRequest instance
             */
            StartContainerRequest.create = function create(properties) {
                return new StartContainerRequest(properties);
            };

            /**
             * Encodes the specified StartContainerRequest message. Does not implicitly {@link runtime.v1.StartContainerRequest.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.StartContainerRequest
             * @static
             * @param {runtime.v1.IStartContainerRequest} message StartContainerRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StartContainerRequest.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.containerId != null && Object.hasOwnProperty.call(message, "containerId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.containerId);
                return writer;
            };

            /**
             * Decodes a StartContainerRequest message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.StartContainerRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.StartContainerRequest} StartContainerRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StartContainerRequest.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.StartContainerRequest();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.containerId = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for StartContainerRequest
             * @function getTypeUrl
             * @memberof runtime.v1.StartContainerRequest
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            StartContainerRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.StartContainerRequest";
            };

            return StartContainerRequest;
        })();

        v1.StartContainerResponse = (function() {

            /**
             * Properties of a StartContainerResponse.
             * @memberof runtime.v1
             * @interface IStartContainerResponse
             */

            /**
             * Constructs a new StartContainerResponse.
             * @memberof runtime.v1
             * @classdesc Represents a StartContainerResponse.
             * @implements IStartContainerResponse
             * @constructor
             * @param {runtime.v1.IStartContainerResponse=} [properties] Properties to set
             */
            function StartContainerResponse(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Creates a new StartContainerResponse instance using the specified properties.
             * @function create
             * @memberof runtime.v1.StartContainerResponse
             * @static
             * @param {runtime.v1.IStartContainerResponse=} [properties] Properties to set
             * @returns {runtime.v1.StartContainerResponse} StartContainerResponse instance
             */
            StartContainerResponse.create = function create(properties) {
                return new StartContainerResponse(properties);
            };

            /**
             * Encodes the specified StartContainerResponse message. Does not implicitly {@link runtime.v1.StartContainerResponse.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.StartContainerResponse
             * @static
             * @param {runtime.v1.IStartContainerResponse} message StartContainerResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StartContainerResponse.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                return writer;
            };

            /**
             * Decodes a StartContainerResponse message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.StartContainerResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.StartContainerResponse} StartContainerResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StartContainerResponse.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.StartContainerResponse();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for StartContainerResponse
             * @function getTypeUrl
             * @memberof runtime.v1.StartContainerResponse
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            StartContainerResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.StartContainerResponse";
            };

            return StartContainerResponse;
        })();

        v1.StopContainerRequest = (function() {

            /**
             * Properties of a StopContainerRequest.
             * @memberof runtime.v1
             * @interface IStopContainerRequest
             * @property {string|null} [containerId] StopContainerRequest containerId
             * @property {number|null} [timeout] StopContainerRequest timeout
             */

            /**
             * Constructs a new StopContainerRequest.
             * @memberof runtime.v1
             * @classdesc Represents a StopContainerRequest.
             * @implements IStopContainerRequest
             * @constructor
             * @param {runtime.v1.IStopContainerRequest=} [properties] Properties to set
             */
            function StopContainerRequest(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * StopContainerRequest containerId.
             * @member {string} containerId
             * @memberof runtime.v1.StopContainerRequest
             * @instance
             */
            StopContainerRequest.prototype.containerId = "";

            /**
             * StopContainerRequest timeout.
             * @member {number} timeout
             * @memberof runtime.v1.StopContainerRequest
             * @instance
             */
            StopContainerRequest.prototype.timeout = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new StopContainerRequest instance using the specified properties.
             * @function create
             * @memberof runtime.v1.StopContainerRequest
             * @static
             * @param {runtime.v1.IStopContainerRequest=} [properties] Properties to set
             * @returns {runtime.v1.StopContainerRequest} StopContainerRequest instance
             */
            StopContainerRequest.create = function create(properties) {
                return new StopContainerRequest(properties);
            };

            /**
             * Encodes the specified StopContainerRequest message. Does not implicitly {@link runtime.v1.StopContainerRequest.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.StopContainerRequest
             * @static
             * @param {runtime.v1.IStopContainerRequest} message StopContainerRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StopContainerRequest.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.containerId != null && Object.hasOwnProperty.call(message, "containerId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.containerId);
                if (message.timeout != null && Object.hasOwnProperty.call(message, "timeout"))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.timeout);
                return writer;
            };

            /**
             * Decodes a StopContainerRequest message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.StopContainerRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.StopContainerRequest} StopContainerRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StopContainerRequest.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.StopContainerRequest();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.containerId = reader.string();
                            break;
                        }
                    case 2: {
                            message.timeout = reader.int64();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for StopContainerRequest
             * @function getTypeUrl
             * @memberof runtime.v1.StopContainerRequest
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            StopContainerRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.StopContainerRequest";
            };

            return StopContainerRequest;
        })();

        v1.StopContainerResponse = (function() {

            /**
             * Properties of a StopContainerResponse.
             * @memberof runtime.v1
             * @interface IStopContainerResponse
             */

            /**
             * Constructs a new StopContainerResponse.
             * @memberof runtime.v1
             * @classdesc Represents a StopContainerResponse.
             * @implements IStopContainerResponse
             * @constructor
             * @param {runtime.v1.IStopContainerResponse=} [properties] Properties to set
             */
            function StopContainerResponse(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Creates a new StopContainerResponse instance using the specified properties.
             * @function create
             * @memberof runtime.v1.StopContainerResponse
             * @static
             * @param {runtime.v1.IStopContainerResponse=} [properties] Properties to set
             * @returns {runtime.v1.StopContainerResponse} StopContainerResponse instance
             */
            StopContainerResponse.create = function create(properties) {
                return new StopContainerResponse(properties);
            };

            /**
             * Encodes the specified StopContainerResponse message. Does not implicitly {@link runtime.v1.StopContainerResponse.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.StopContainerResponse
             * @static
             * @param {runtime.v1.IStopContainerResponse} message StopContainerResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StopContainerResponse.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                return writer;
            };

            /**
             * Decodes a StopContainerResponse message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.StopContainerResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.StopContainerResponse} StopContainerResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StopContainerResponse.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.StopContainerResponse();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for StopContainerResponse
             * @function getTypeUrl
             * @memberof runtime.v1.StopContainerResponse
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            StopContainerResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.StopContainerResponse";
            };

            return StopContainerResponse;
        })();

        v1.RemoveContainerRequest = (function() {

            /**
             * Properties of a RemoveContainerRequest.
             * @memberof runtime.v1
             * @interface IRemoveContainerRequest
             * @property {string|null} [containerId] RemoveContainerRequest containerId
             */

            /**
             * Constructs a new RemoveContainerRequest.
             * @memberof runtime.v1
             * @classdesc Represents a RemoveContainerRequest.
             * @implements IRemoveContainerRequest
             * @constructor
             * @param {runtime.v1.IRemoveContainerRequest=} [properties] Properties to set
             */
            function RemoveContainerRequest(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * RemoveContainerRequest containerId.
             * @member {string} containerId
             * @memberof runtime.v1.RemoveContainerRequest
             * @instance
             */
            RemoveContainerRequest.prototype.containerId = "";

            /**
             * Creates a new RemoveContainerRequest instance using the specified properties.
             * @function create
             * @memberof runtime.v1.RemoveContainerRequest
             * @static
             * @param {runtime.v1.IRemoveContainerRequest=} [properties] Properties to set
             * @returns {runtime.v1.RemoveContainerRequest} RemoveContainerRequest instance
             */
            RemoveContainerRequest.create = function create(properties) {
                return new RemoveContainerRequest(properties);
            };

            /**
             * Encodes the specified RemoveContainerRequest message. Does not implicitly {@link runtime.v1.RemoveContainerRequest.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.RemoveContainerRequest
             * @static
             * @param {runtime.v1.IRemoveContainerRequest} message RemoveContainerRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RemoveContainerRequest.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.containerId != null && Object.hasOwnProperty.call(message, "containerId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.containerId);
                return writer;
            };

            /**
             * Decodes a RemoveContainerRequest message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.RemoveContainerRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.RemoveContainerRequest} RemoveContainerRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RemoveContainerRequest.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.RemoveContainerRequest();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.containerId = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for RemoveContainerRequest
             * @function getTypeUrl
             * @memberof runtime.v1.RemoveContainerRequest
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            RemoveContainerRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.RemoveContainerRequest";
            };

            return RemoveContainerRequest;
        })();

        v1.RemoveContainerResponse = (function() {

            /**
             * Properties of a RemoveContainerResponse.
             * @memberof runtime.v1
             * @interface IRemoveContainerResponse
             */

            /**
             * Constructs a new RemoveContainerResponse.
             * @memberof runtime.v1
             * @classdesc Represents a RemoveContainerResponse.
             * @implements IRemoveContainerResponse
             * @constructor
             * @param {runtime.v1.IRemoveContainerResponse=} [properties] Properties to set
             */
            function RemoveContainerResponse(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Creates a new RemoveContainerResponse instance using the specified properties.
             * @function create
             * @memberof runtime.v1.RemoveContainerResponse
             * @static
             * @param {runtime.v1.IRemoveContainerResponse=} [properties] Properties to set
             * @returns {runtime.v1.RemoveContainerResponse} RemoveContainerResponse instance
             */
            RemoveContainerResponse.create = function create(properties) {
                return new RemoveContainerResponse(properties);
            };

            /**
             * Encodes the specified RemoveContainerResponse message. Does not implicitly {@link runtime.v1.RemoveContainerResponse.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.RemoveContainerResponse
             * @static
             * @param {runtime.v1.IRemoveContainerResponse} message RemoveContainerResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RemoveContainerResponse.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                return writer;
            };

            /**
             * Decodes a RemoveContainerResponse message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.RemoveContainerResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.RemoveContainerResponse} RemoveContainerResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RemoveContainerResponse.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.RemoveContainerResponse();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for RemoveContainerResponse
             * @function getTypeUrl
             * @memberof runtime.v1.RemoveContainerResponse
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            RemoveContainerResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.RemoveContainerResponse";
            };

            return RemoveContainerResponse;
        })();

        /**
         * ContainerState enum.
         * @name runtime.v1.ContainerState
         * @enum {number}
         * @property {number} CONTAINER_CREATED=0 CONTAINER_CREATED value
         * @property {number} CONTAINER_RUNNING=1 CONTAINER_RUNNING value
         * @property {number} CONTAINER_EXITED=2 CONTAINER_EXITED value
         * @property {number} CONTAINER_UNKNOWN=3 CONTAINER_UNKNOWN value
         */
        v1.ContainerState = (function() {
            const valuesById = {}, values = Object.create(valuesById);
            values[valuesById[0] = "CONTAINER_CREATED"] = 0;
            values[valuesById[1] = "CONTAINER_RUNNING"] = 1;
            values[valuesById[2] = "CONTAINER_EXITED"] = 2;
            values[valuesById[3] = "CONTAINER_UNKNOWN"] = 3;
            return values;
        })();

        v1.ContainerStateValue = (function() {

            /**
             * Properties of a ContainerStateValue.
             * @memberof runtime.v1
             * @interface IContainerStateValue
             * @property {runtime.v1.ContainerState|null} [state] ContainerStateValue state
             */

            /**
             * Constructs a new ContainerStateValue.
             * @memberof runtime.v1
             * @classdesc Represents a ContainerStateValue.
             * @implements IContainerStateValue
             * @constructor
             * @param {runtime.v1.IContainerStateValue=} [properties] Properties to set
             */
            function ContainerStateValue(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ContainerStateValue state.
             * @member {runtime.v1.ContainerState} state
             * @memberof runtime.v1.ContainerStateValue
             * @instance
             */
            ContainerStateValue.prototype.state = 0;

            /**
             * Creates a new ContainerStateValue instance using the specified properties.
             * @function create
             * @memberof runtime.v1.ContainerStateValue
             * @static
             * @param {runtime.v1.IContainerStateValue=} [properties] Properties to set
             * @returns {runtime.v1.ContainerStateValue} ContainerStateValue instance
             */
            ContainerStateValue.create = function create(properties) {
                return new ContainerStateValue(properties);
            };

            /**
             * Encodes the specified ContainerStateValue message. Does not implicitly {@link runtime.v1.ContainerStateValue.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.ContainerStateValue
             * @static
             * @param {runtime.v1.IContainerStateValue} message ContainerStateValue message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ContainerStateValue.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.state != null && Object.hasOwnProperty.call(message, "state"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.state);
                return writer;
            };

            /**
             * Decodes a ContainerStateValue message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.ContainerStateValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.ContainerStateValue} ContainerStateValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ContainerStateValue.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.ContainerStateValue();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.state = reader.int32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for ContainerStateValue
             * @function getTypeUrl
             * @memberof runtime.v1.ContainerStateValue
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ContainerStateValue.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.ContainerStateValue";
            };

            return ContainerStateValue;
        })();

        v1.ContainerFilter = (function() {

            /**
             * Properties of a ContainerFilter.
             * @memberof runtime.v1
             * @interface IContainerFilter
             * @property {string|null} [id] ContainerFilter id
             * @property {runtime.v1.IContainerStateValue|null} [state] ContainerFilter state
             * @property {string|null} [podSandboxId] ContainerFilter podSandboxId
             * @property {Object.<string,string>|null} [labelSelector] ContainerFilter labelSelector
             */

            /**
             * Constructs a new ContainerFilter.
             * @memberof runtime.v1
             * @classdesc Represents a ContainerFilter.
             * @implements IContainerFilter
             * @constructor
             * @param {runtime.v1.IContainerFilter=} [properties] Properties to set
             */
            function ContainerFilter(properties) {
                this.labelSelector = {};
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ContainerFilter id.
             * @member {string} id
             * @memberof runtime.v1.ContainerFilter
             * @instance
             */
            ContainerFilter.prototype.id = "";

            /**
             * ContainerFilter state.
             * @member {runtime.v1.IContainerStateValue|null|undefined} state
             * @memberof runtime.v1.ContainerFilter
             * @instance
             */
            ContainerFilter.prototype.state = null;

            /**
             * ContainerFilter podSandboxId.
             * @member {string} podSandboxId
             * @memberof runtime.v1.ContainerFilter
             * @instance
             */
            ContainerFilter.prototype.podSandboxId = "";

            /**
             * ContainerFilter labelSelector.
             * @member {Object.<string,string>} labelSelector
             * @memberof runtime.v1.ContainerFilter
             * @instance
             */
            ContainerFilter.prototype.labelSelector = $util.emptyObject;

            /**
             * Creates a new ContainerFilter instance using the specified properties.
             * @function create
             * @memberof runtime.v1.ContainerFilter
             * @static
             * @param {runtime.v1.IContainerFilter=} [properties] Properties to set
             * @returns {runtime.v1.ContainerFilter} ContainerFilter instance
             */
            ContainerFilter.create = function create(properties) {
                return new ContainerFilter(properties);
            };

            /**
             * Encodes the specified ContainerFilter message. Does not implicitly {@link runtime.v1.ContainerFilter.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.ContainerFilter
             * @static
             * @param {runtime.v1.IContainerFilter} message ContainerFilter message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ContainerFilter.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                if (message.state != null && Object.hasOwnProperty.call(message, "state"))
                    $root.runtime.v1.ContainerStateValue.encode(message.state, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (message.podSandboxId != null && Object.hasOwnProperty.call(message, "podSandboxId"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.podSandboxId);
                if (message.labelSelector != null && Object.hasOwnProperty.call(message, "labelSelector"))
                    for (let keys = Object.keys(message.labelSelector), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.labelSelector[keys[i]]).ldelim();
                return writer;
            };

            /**
             * Decodes a ContainerFilter message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.ContainerFilter
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.ContainerFilter} ContainerFilter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ContainerFilter.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message, key, value;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.ContainerFilter();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.id = reader.string();
                            break;
                        }
                    case 2: {
                            message.state = $root.runtime.v1.ContainerStateValue.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 3: {
                            message.podSandboxId = reader.string();
                            break;
                        }
                    case 4: {
                            if (message.labelSelector === $util.emptyObject)
                                message.labelSelector = {};
                            let end2 = reader.uint32() + reader.pos;
                            if (end2 > reader.len)
                                throw RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.uint32();
                                switch (tag2 >>> 3) {
                                case 1:
                                    key = reader.string();
                                    break;
                                case 2:
                                    value = reader.string();
                                    break;
                                default:
                                    reader.skipType(tag2 & 7, long);
                                    break;
                                }
                            }
                            if (reader.pos !== end2)
                                throw RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.labelSelector, key);
                            message.labelSelector[key] = value;
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for ContainerFilter
             * @function getTypeUrl
             * @memberof runtime.v1.ContainerFilter
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ContainerFilter.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.ContainerFilter";
            };

            return ContainerFilter;
        })();

        v1.ListContainersRequest = (function() {

            /**
             * Properties of a ListContainersRequest.
             * @memberof runtime.v1
             * @interface IListContainersRequest
             * @property {runtime.v1.IContainerFilter|null} [filter] ListContainersRequest filter
             */

            /**
             * Constructs a new ListContainersRequest.
             * @memberof runtime.v1
             * @classdesc Represents a ListContainersRequest.
             * @implements IListContainersRequest
             * @constructor
             * @param {runtime.v1.IListContainersRequest=} [properties] Properties to set
             */
            function ListContainersRequest(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ListContainersRequest filter.
             * @member {runtime.v1.IContainerFilter|null|undefined} filter
             * @memberof runtime.v1.ListContainersRequest
             * @instance
             */
            ListContainersRequest.prototype.filter = null;

            /**
             * Creates a new ListContainersRequest instance using the specified properties.
             * @function create
             * @memberof runtime.v1.ListContainersRequest
             * @static
             * @param {runtime.v1.IListContainersRequest=} [properties] Properties to set
             * @returns {runtime.v1.ListContainersRequest} ListContainersRequest instance
             */
            ListContainersRequest.create = function create(properties) {
                return new ListContainersRequest(properties);
            };

            /**
             * Encodes the specified ListContainersRequest message. Does not implicitly {@link runtime.v1.ListContainersRequest.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.ListContainersRequest
             * @static
             * @param {runtime.v1.IListContainersRequest} message ListContainersRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListContainersRequest.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.filter != null && Object.hasOwnProperty.call(message, "filter"))
                    $root.runtime.v1.ContainerFilter.encode(message.filter, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a ListContainersRequest message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.ListContainersRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.ListContainersRequest} ListContainersRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListContainersRequest.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.ListContainersRequest();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.filter = $root.runtime.v1.ContainerFilter.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for ListContainersRequest
             * @function getTypeUrl
             * @memberof runtime.v1.ListContainersRequest
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ListContainersRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.ListContainersRequest";
            };

            return ListContainersRequest;
        })();

        v1.Container = (function() {

            /**
             * Properties of a Container.
             * @memberof runtime.v1
             * @interface IContainer
             * @property {string|null} [id] Container id
             * @property {string|null} [podSandboxId] Container podSandboxId
             * @property {runtime.v1.IContainerMetadata|null} [metadata] Container metadata
             * @property {runtime.v1.IImageSpec|null} [image] Container image
             * @property {string|null} [imageRef] Container imageRef
             * @property {runtime.v1.ContainerState|null} [state] Container state
             * @property {number|null} [createdAt] Container createdAt
             * @property {Object.<string,string>|null} [labels] Container labels
             * @property {Object.<string,string>|null} [annotations] Container annotations
             */

            /**
             * Constructs a new Container.
             * @memberof runtime.v1
             * @classdesc Represents a Container.
             * @implements IContainer
             * @constructor
             * @param {runtime.v1.IContainer=} [properties] Properties to set
             */
            function Container(properties) {
                this.labels = {};
                this.annotations = {};
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Container id.
             * @member {string} id
             * @memberof runtime.v1.Container
             * @instance
             */
            Container.prototype.id = "";

            /**
             * Container podSandboxId.
             * @member {string} podSandboxId
             * @memberof runtime.v1.Container
             * @instance
             */
            Container.prototype.podSandboxId = "";

            /**
             * Container metadata.
             * @member {runtime.v1.IContainerMetadata|null|undefined} metadata
             * @memberof runtime.v1.Container
             * @instance
             */
            Container.prototype.metadata = null;

            /**
             * Container image.
             * @member {runtime.v1.IImageSpec|null|undefined} image
             * @memberof runtime.v1.Container
             * @instance
             */
            Container.prototype.image = null;

            /**
             * Container imageRef.
             * @member {string} imageRef
             * @memberof runtime.v1.Container
             * @instance
             */
            Container.prototype.imageRef = "";

            /**
             * Container state.
             * @member {runtime.v1.ContainerState} state
             * @memberof runtime.v1.Container
             * @instance
             */
            Container.prototype.state = 0;

            /**
             * Container createdAt.
             * @member {number} createdAt
             * @memberof runtime.v1.Container
             * @instance
             */
            Container.prototype.createdAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Container labels.
             * @member {Object.<string,string>} labels
             * @memberof runtime.v1.Container
             * @instance
             */
            Container.prototype.labels = $util.emptyObject;

            /**
             * Container annotations.
             * @member {Object.<string,string>} annotations
             * @memberof runtime.v1.Container
             * @instance
             */
            Container.prototype.annotations = $util.emptyObject;

            /**
             * Creates a new Container instance using the specified properties.
             * @function create
             * @memberof runtime.v1.Container
             * @static
             * @param {runtime.v1.IContainer=} [properties] Properties to set
             * @returns {runtime.v1.Container} Container instance
             */
            Container.create = function create(properties) {
                return new Container(properties);
            };

            /**
             * Encodes the specified Container message. Does not implicitly {@link runtime.v1.Container.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.Container
             * @static
             * @param {runtime.v1.IContainer} message Container message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Container.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                if (message.podSandboxId != null && Object.hasOwnProperty.call(message, "podSandboxId"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.podSandboxId);
                if (message.metadata != null && Object.hasOwnProperty.call(message, "metadata"))
                    $root.runtime.v1.ContainerMetadata.encode(message.metadata, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (message.image != null && Object.hasOwnProperty.call(message, "image"))
                    $root.runtime.v1.ImageSpec.encode(message.image, writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                if (message.imageRef != null && Object.hasOwnProperty.call(message, "imageRef"))
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.imageRef);
                if (message.state != null && Object.hasOwnProperty.call(message, "state"))
                    writer.uint32(/* id 6, wireType 0 =*/48).int32(message.state);
                if (message.createdAt != null && Object.hasOwnProperty.call(message, "createdAt"))
                    writer.uint32(/* id 7, wireType 0 =*/56).int64(message.createdAt);
                if (message.labels != null && Object.hasOwnProperty.call(message, "labels"))
                    for (let keys = Object.keys(message.labels), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 8, wireType 2 =*/66).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.labels[keys[i]]).ldelim();
                if (message.annotations != null && Object.hasOwnProperty.call(message, "annotations"))
                    for (let keys = Object.keys(message.annotations), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 9, wireType 2 =*/74).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.annotations[keys[i]]).ldelim();
                return writer;
            };

            /**
             * Decodes a Container message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.Container
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.Container} Container
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Container.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message, key, value;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.Container();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.id = reader.string();
                            break;
                        }
                    case 2: {
                            message.podSandboxId = reader.string();
                            break;
                        }
                    case 3: {
                            message.metadata = $root.runtime.v1.ContainerMetadata.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 4: {
                            message.image = $root.runtime.v1.ImageSpec.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 5: {
                            message.imageRef = reader.string();
                            break;
                        }
                    case 6: {
                            message.state = reader.int32();
                            break;
                        }
                    case 7: {
                            message.createdAt = reader.int64();
                            break;
                        }
                    case 8: {
                            if (message.labels === $util.emptyObject)
                                message.labels = {};
                            let end2 = reader.uint32() + reader.pos;
                            if (end2 > reader.len)
                                throw RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.uint32();
                                switch (tag2 >>> 3) {
                                case 1:
                                    key = reader.string();
                                    break;
                                case 2:
                                    value = reader.string();
                                    break;
                                default:
                                    reader.skipType(tag2 & 7, long);
                                    break;
                                }
                            }
                            if (reader.pos !== end2)
                                throw RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.labels, key);
                            message.labels[key] = value;
                            break;
                        }
                    case 9: {
                            if (message.annotations === $util.emptyObject)
                                message.annotations = {};
                            let end2 = reader.uint32() + reader.pos;
                            if (end2 > reader.len)
                                throw RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.uint32();
                                switch (tag2 >>> 3) {
                                case 1:
                                    key = reader.string();
                                    break;
                                case 2:
                                    value = reader.string();
                                    break;
                                default:
                                    reader.skipType(tag2 & 7, long);
                                    break;
                                }
                            }
                            if (reader.pos !== end2)
                                throw RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.annotations, key);
                            message.annotations[key] = value;
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for Container
             * @function getTypeUrl
             * @memberof runtime.v1.Container
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Container.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.Container";
            };

            return Container;
        })();

        v1.ListContainersResponse = (function() {

            /**
             * Properties of a ListContainersResponse.
             * @memberof runtime.v1
             * @interface IListContainersResponse
             * @property {Array.<runtime.v1.IContainer>|null} [containers] ListContainersResponse containers
             */

            /**
             * Constructs a new ListContainersResponse.
             * @memberof runtime.v1
             * @classdesc Represents a ListContainersResponse.
             * @implements IListContainersResponse
             * @constructor
             * @param {runtime.v1.IListContainersResponse=} [properties] Properties to set
             */
            function ListContainersResponse(properties) {
                this.containers = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ListContainersResponse containers.
             * @member {Array.<runtime.v1.IContainer>} containers
             * @memberof runtime.v1.ListContainersResponse
             * @instance
             */
            ListContainersResponse.prototype.containers = $util.emptyArray;

            /**
             * Creates a new ListContainersResponse instance using the specified properties.
             * @function create
             * @memberof runtime.v1.ListContainersResponse
             * @static
             * @param {runtime.v1.IListContainersResponse=} [properties] Properties to set
             * @returns {runtime.v1.ListContainersResponse} ListContainersResponse instance
             */
            ListContainersResponse.create = function create(properties) {
                return new ListContainersResponse(properties);
            };

            /**
             * Encodes the specified ListContainersResponse message. Does not implicitly {@link runtime.v1.ListContainersResponse.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.ListContainersResponse
             * @static
             * @param {runtime.v1.IListContainersResponse} message ListContainersResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListContainersResponse.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.containers != null && message.containers.length)
                    for (let i = 0; i < message.containers.length; ++i)
                        $root.runtime.v1.Container.encode(message.containers[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a ListContainersResponse message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.ListContainersResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.ListContainersResponse} ListContainersResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListContainersResponse.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.ListContainersResponse();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            if (!(message.containers && message.containers.length))
                                message.containers = [];
                            message.containers.push($root.runtime.v1.Container.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for ListContainersResponse
             * @function getTypeUrl
             * @memberof runtime.v1.ListContainersResponse
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ListContainersResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.ListContainersResponse";
            };

            return ListContainersResponse;
        })();

        v1.ContainerStatusRequest = (function() {

            /**
             * Properties of a ContainerStatusRequest.
             * @memberof runtime.v1
             * @interface IContainerStatusRequest
             * @property {string|null} [containerId] ContainerStatusRequest containerId
             * @property {boolean|null} [verbose] ContainerStatusRequest verbose
             */

            /**
             * Constructs a new ContainerStatusRequest.
             * @memberof runtime.v1
             * @classdesc Represents a ContainerStatusRequest.
             * @implements IContainerStatusRequest
             * @constructor
             * @param {runtime.v1.IContainerStatusRequest=} [properties] Properties to set
             */
            function ContainerStatusRequest(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ContainerStatusRequest containerId.
             * @member {string} containerId
             * @memberof runtime.v1.ContainerStatusRequest
             * @instance
             */
            ContainerStatusRequest.prototype.containerId = "";

            /**
             * ContainerStatusRequest verbose.
             * @member {boolean} verbose
             * @memberof runtime.v1.ContainerStatusRequest
             * @instance
             */
            ContainerStatusRequest.prototype.verbose = false;

            /**
             * Creates a new ContainerStatusRequest instance using the specified properties.
             * @function create
             * @memberof runtime.v1.ContainerStatusRequest
             * @static
             * @param {runtime.v1.IContainerStatusRequest=} [properties] Properties to set
             * @returns {runtime.v1.ContainerStatusRequest} ContainerStatusRequest instance
             */
            ContainerStatusRequest.create = function create(properties) {
                return new ContainerStatusRequest(properties);
            };

            /**
             * Encodes the specified ContainerStatusRequest message. Does not implicitly {@link runtime.v1.ContainerStatusRequest.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.ContainerStatusRequest
             * @static
             * @param {runtime.v1.IContainerStatusRequest} message ContainerStatusRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ContainerStatusRequest.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.containerId != null && Object.hasOwnProperty.call(message, "containerId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.containerId);
                if (message.verbose != null && Object.hasOwnProperty.call(message, "verbose"))
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.verbose);
                return writer;
            };

            /**
             * Decodes a ContainerStatusRequest message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.ContainerStatusRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.ContainerStatusRequest} ContainerStatusRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ContainerStatusRequest.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.ContainerStatusRequest();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.containerId = reader.string();
                            break;
                        }
                    case 2: {
                            message.verbose = reader.bool();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for ContainerStatusRequest
             * @function getTypeUrl
             * @memberof runtime.v1.ContainerStatusRequest
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ContainerStatusRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.ContainerStatusRequest";
            };

            return ContainerStatusRequest;
        })();

        v1.ContainerStatus = (function() {

            /**
             * Properties of a ContainerStatus.
             * @memberof runtime.v1
             * @interface IContainerStatus
             * @property {string|null} [id] ContainerStatus id
             * @property {runtime.v1.IContainerMetadata|null} [metadata] ContainerStatus metadata
             * @property {runtime.v1.ContainerState|null} [state] ContainerStatus state
             * @property {number|null} [createdAt] ContainerStatus createdAt
             * @property {number|null} [startedAt] ContainerStatus startedAt
             * @property {number|null} [finishedAt] ContainerStatus finishedAt
             * @property {number|null} [exitCode] ContainerStatus exitCode
             * @property {runtime.v1.IImageSpec|null} [image] ContainerStatus image
             * @property {string|null} [imageRef] ContainerStatus imageRef
             * @property {string|null} [reason] ContainerStatus reason
             * @property {string|null} [message] ContainerStatus message
             * @property {Object.<string,string>|null} [labels] ContainerStatus labels
             * @property {Object.<string,string>|null} [annotations] ContainerStatus annotations
             * @property {Array.<runtime.v1.IMount>|null} [mounts] ContainerStatus mounts
             * @property {string|null} [logPath] ContainerStatus logPath
             * @property {runtime.v1.IContainerResources|null} [resources] ContainerStatus resources
             */

            /**
             * Constructs a new ContainerStatus.
             * @memberof runtime.v1
             * @classdesc Represents a ContainerStatus.
             * @implements IContainerStatus
             * @constructor
             * @param {runtime.v1.IContainerStatus=} [properties] Properties to set
             */
            function ContainerStatus(properties) {
                this.labels = {};
                this.annotations = {};
                this.mounts = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ContainerStatus id.
             * @member {string} id
             * @memberof runtime.v1.ContainerStatus
             * @instance
             */
            ContainerStatus.prototype.id = "";

            /**
             * ContainerStatus metadata.
             * @member {runtime.v1.IContainerMetadata|null|undefined} metadata
             * @memberof runtime.v1.ContainerStatus
             * @instance
             */
            ContainerStatus.prototype.metadata = null;

            /**
             * ContainerStatus state.
             * @member {runtime.v1.ContainerState} state
             * @memberof runtime.v1.ContainerStatus
             * @instance
             */
            ContainerStatus.prototype.state = 0;

            /**
             * ContainerStatus createdAt.
             * @member {number} createdAt
             * @memberof runtime.v1.ContainerStatus
             * @instance
             */
            ContainerStatus.prototype.createdAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ContainerStatus startedAt.
             * @member {number} startedAt
             * @memberof runtime.v1.ContainerStatus
             * @instance
             */
            ContainerStatus.prototype.startedAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ContainerStatus finishedAt.
             * @member {number} finishedAt
             * @memberof runtime.v1.ContainerStatus
             * @instance
             */
            ContainerStatus.prototype.finishedAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ContainerStatus exitCode.
             * @member {number} exitCode
             * @memberof runtime.v1.ContainerStatus
             * @instance
             */
            ContainerStatus.prototype.exitCode = 0;

            /**
             * ContainerStatus image.
             * @member {runtime.v1.IImageSpec|null|undefined} image
             * @memberof runtime.v1.ContainerStatus
             * @instance
             */
            ContainerStatus.prototype.image = null;

            /**
             * ContainerStatus imageRef.
             * @member {string} imageRef
             * @memberof runtime.v1.ContainerStatus
             * @instance
             */
            ContainerStatus.prototype.imageRef = "";

            /**
             * ContainerStatus reason.
             * @member {string} reason
             * @memberof runtime.v1.ContainerStatus
             * @instance
             */
            ContainerStatus.prototype.reason = "";

            /**
             * ContainerStatus message.
             * @member {string} message
             * @memberof runtime.v1.ContainerStatus
             * @instance
             */
            ContainerStatus.prototype.message = "";

            /**
             * ContainerStatus labels.
             * @member {Object.<string,string>} labels
             * @memberof runtime.v1.ContainerStatus
             * @instance
             */
            ContainerStatus.prototype.labels = $util.emptyObject;

            /**
             * ContainerStatus annotations.
             * @member {Object.<string,string>} annotations
             * @memberof runtime.v1.ContainerStatus
             * @instance
             */
            ContainerStatus.prototype.annotations = $util.emptyObject;

            /**
             * ContainerStatus mounts.
             * @member {Array.<runtime.v1.IMount>} mounts
             * @memberof runtime.v1.ContainerStatus
             * @instance
             */
            ContainerStatus.prototype.mounts = $util.emptyArray;

            /**
             * ContainerStatus logPath.
             * @member {string} logPath
             * @memberof runtime.v1.ContainerStatus
             * @instance
             */
            ContainerStatus.prototype.logPath = "";

            /**
             * ContainerStatus resources.
             * @member {runtime.v1.IContainerResources|null|undefined} resources
             * @memberof runtime.v1.ContainerStatus
             * @instance
             */
            ContainerStatus.prototype.resources = null;

            /**
             * Creates a new ContainerStatus instance using the specified properties.
             * @function create
             * @memberof runtime.v1.ContainerStatus
             * @static
             * @param {runtime.v1.IContainerStatus=} [properties] Properties to set
             * @returns {runtime.v1.ContainerStatus} ContainerStatus instance
             */
            ContainerStatus.create = function create(properties) {
                return new ContainerStatus(properties);
            };

            /**
             * Encodes the specified ContainerStatus message. Does not implicitly {@link runtime.v1.ContainerStatus.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.ContainerStatus
             * @static
             * @param {runtime.v1.IContainerStatus} message ContainerStatus message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ContainerStatus.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                if (message.metadata != null && Object.hasOwnProperty.call(message, "metadata"))
                    $root.runtime.v1.ContainerMetadata.encode(message.metadata, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (message.state != null && Object.hasOwnProperty.call(message, "state"))
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.state);
                if (message.createdAt != null && Object.hasOwnProperty.call(message, "createdAt"))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.createdAt);
                if (message.startedAt != null && Object.hasOwnProperty.call(message, "startedAt"))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.startedAt);
                if (message.finishedAt != null && Object.hasOwnProperty.call(message, "finishedAt"))
                    writer.uint32(/* id 6, wireType 0 =*/48).int64(message.finishedAt);
                if (message.exitCode != null && Object.hasOwnProperty.call(message, "exitCode"))
                    writer.uint32(/* id 7, wireType 0 =*/56).int32(message.exitCode);
                if (message.image != null && Object.hasOwnProperty.call(message, "image"))
                    $root.runtime.v1.ImageSpec.encode(message.image, writer.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
                if (message.imageRef != null && Object.hasOwnProperty.call(message, "imageRef"))
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.imageRef);
                if (message.reason != null && Object.hasOwnProperty.call(message, "reason"))
                    writer.uint32(/* id 10, wireType 2 =*/82).string(message.reason);
                if (message.message != null && Object.hasOwnProperty.call(message, "message"))
                    writer.uint32(/* id 11, wireType 2 =*/90).string(message.message);
                if (message.labels != null && Object.hasOwnProperty.call(message, "labels"))
                    for (let keys = Object.keys(message.labels), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 12, wireType 2 =*/98).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.labels[keys[i]]).ldelim();
                if (message.annotations != null && Object.hasOwnProperty.call(message, "annotations"))
                    for (let keys = Object.keys(message.annotations), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 13, wireType 2 =*/106).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.annotations[keys[i]]).ldelim();
                if (message.mounts != null && message.mounts.length)
                    for (let i = 0; i < message.mounts.length; ++i)
                        $root.runtime.v1.Mount.encode(message.mounts[i], writer.uint32(/* id 14, wireType 2 =*/114).fork(), q + 1).ldelim();
                if (message.logPath != null && Object.hasOwnProperty.call(message, "logPath"))
                    writer.uint32(/* id 15, wireType 2 =*/122).string(message.logPath);
                if (message.resources != null && Object.hasOwnProperty.call(message, "resources"))
                    $root.runtime.v1.ContainerResources.encode(message.resources, writer.uint32(/* id 16, wireType 2 =*/130).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a ContainerStatus message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.ContainerStatus
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.ContainerStatus} ContainerStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ContainerStatus.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message, key, value;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.ContainerStatus();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.id = reader.string();
                            break;
                        }
                    case 2: {
                            message.metadata = $root.runtime.v1.ContainerMetadata.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 3: {
                            message.state = reader.int32();
                            break;
                        }
                    case 4: {
                            message.createdAt = reader.int64();
                            break;
                        }
                    case 5: {
                            message.startedAt = reader.int64();
                            break;
                        }
                    case 6: {
                            message.finishedAt = reader.int64();
                            break;
                        }
                    case 7: {
                            message.exitCode = reader.int32();
                            break;
                        }
                    case 8: {
                            message.image = $root.runtime.v1.ImageSpec.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 9: {
                            message.imageRef = reader.string();
                            break;
                        }
                    case 10: {
                            message.reason = reader.string();
                            break;
                        }
                    case 11: {
                            message.message = reader.string();
                            break;
                        }
                    case 12: {
                            if (message.labels === $util.emptyObject)
                                message.labels = {};
                            let end2 = reader.uint32() + reader.pos;
                            if (end2 > reader.len)
                                throw RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.uint32();
                                switch (tag2 >>> 3) {
                                case 1:
                                    key = reader.string();
                                    break;
                                case 2:
                                    value = reader.string();
                                    break;
                                default:
                                    reader.skipType(tag2 & 7, long);
                                    break;
                                }
                            }
                            if (reader.pos !== end2)
                                throw RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.labels, key);
                            message.labels[key] = value;
                            break;
                        }
                    case 13: {
                            if (message.annotations === $util.emptyObject)
                                message.annotations = {};
                            let end2 = reader.uint32() + reader.pos;
                            if (end2 > reader.len)
                                throw RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.uint32();
                                switch (tag2 >>> 3) {
                                case 1:
                                    key = reader.string();
                                    break;
                                case 2:
                                    value = reader.string();
                                    break;
                                default:
                                    reader.skipType(tag2 & 7, long);
                                    break;
                                }
                            }
                            if (reader.pos !== end2)
                                throw RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.annotations, key);
                            message.annotations[key] = value;
                            break;
                        }
                    case 14: {
                            if (!(message.mounts && message.mounts.length))
                                message.mounts = [];
                            message.mounts.push($root.runtime.v1.Mount.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 15: {
                            message.logPath = reader.string();
                            break;
                        }
                    case 16: {
                            message.resources = $root.runtime.v1.ContainerResources.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for ContainerStatus
             * @function getTypeUrl
             * @memberof runtime.v1.ContainerStatus
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ContainerStatus.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.ContainerStatus";
            };

            return ContainerStatus;
        })();

        v1.ContainerStatusResponse = (function() {

            /**
             * Properties of a ContainerStatusResponse.
             * @memberof runtime.v1
             * @interface IContainerStatusResponse
             * @property {runtime.v1.IContainerStatus|null} [status] ContainerStatusResponse status
             * @property {Object.<string,string>|null} [info] ContainerStatusResponse info
             */

            /**
             * Constructs a new ContainerStatusResponse.
             * @memberof runtime.v1
             * @classdesc Represents a ContainerStatusResponse.
             * @implements IContainerStatusResponse
             * @constructor
             * @param {runtime.v1.IContainerStatusResponse=} [properties] Properties to set
             */
            function ContainerStatusResponse(properties) {
                this.info = {};
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ContainerStatusResponse status.
             * @member {runtime.v1.IContainerStatus|null|undefined} status
             * @memberof runtime.v1.ContainerStatusResponse
             * @instance
             */
            ContainerStatusResponse.prototype.status = null;

            /**
             * ContainerStatusResponse info.
             * @member {Object.<string,string>} info
             * @memberof runtime.v1.ContainerStatusResponse
             * @instance
             */
            ContainerStatusResponse.prototype.info = $util.emptyObject;

            /**
             * Creates a new ContainerStatusResponse instance using the specified properties.
             * @function create
             * @memberof runtime.v1.ContainerStatusResponse
             * @static
             * @param {runtime.v1.IContainerStatusResponse=} [properties] Properties to set
             * @returns {runtime.v1.ContainerStatusResponse} ContainerStatusResponse instance
             */
            ContainerStatusResponse.create = function create(properties) {
                return new ContainerStatusResponse(properties);
            };

            /**
             * Encodes the specified ContainerStatusResponse message. Does not implicitly {@link runtime.v1.ContainerStatusResponse.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.ContainerStatusResponse
             * @static
             * @param {runtime.v1.IContainerStatusResponse} message ContainerStatusResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ContainerStatusResponse.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.status != null && Object.hasOwnProperty.call(message, "status"))
                    $root.runtime.v1.ContainerStatus.encode(message.status, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (message.info != null && Object.hasOwnProperty.call(message, "info"))
                    for (let keys = Object.keys(message.info), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.info[keys[i]]).ldelim();
                return writer;
            };

            /**
             * Decodes a ContainerStatusResponse message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.ContainerStatusResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.ContainerStatusResponse} ContainerStatusResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ContainerStatusResponse.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message, key, value;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.ContainerStatusResponse();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.status = $root.runtime.v1.ContainerStatus.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 2: {
                            if (message.info === $util.emptyObject)
                                message.info = {};
                            let end2 = reader.uint32() + reader.pos;
                            if (end2 > reader.len)
                                throw RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.uint32();
                                switch (tag2 >>> 3) {
                                case 1:
                                    key = reader.string();
                                    break;
                                case 2:
                                    value = reader.string();
                                    break;
                                default:
                                    reader.skipType(tag2 & 7, long);
                                    break;
                                }
                            }
                            if (reader.pos !== end2)
                                throw RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.info, key);
                            message.info[key] = value;
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for ContainerStatusResponse
             * @function getTypeUrl
             * @memberof runtime.v1.ContainerStatusResponse
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ContainerStatusResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.ContainerStatusResponse";
            };

            return ContainerStatusResponse;
        })();

        v1.ContainerResources = (function() {

            /**
             * Properties of a ContainerResources.
             * @memberof runtime.v1
             * @interface IContainerResources
             * @property {runtime.v1.ILinuxContainerResources|null} [linux] ContainerResources linux
             * @property {runtime.v1.IWindowsContainerResources|null} [windows] ContainerResources windows
             */

            /**
             * Constructs a new ContainerResources.
             * @memberof runtime.v1
             * @classdesc Represents a ContainerResources.
             * @implements IContainerResources
             * @constructor
             * @param {runtime.v1.IContainerResources=} [properties] Properties to set
             */
            function ContainerResources(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ContainerResources linux.
             * @member {runtime.v1.ILinuxContainerResources|null|undefined} linux
             * @memberof runtime.v1.ContainerResources
             * @instance
             */
            ContainerResources.prototype.linux = null;

            /**
             * ContainerResources windows.
             * @member {runtime.v1.IWindowsContainerResources|null|undefined} windows
             * @memberof runtime.v1.ContainerResources
             * @instance
             */
            ContainerResources.prototype.windows = null;

            /**
             * Creates a new ContainerResources instance using the specified properties.
             * @function create
             * @memberof runtime.v1.ContainerResources
             * @static
             * @param {runtime.v1.IContainerResources=} [properties] Properties to set
             * @returns {runtime.v1.ContainerResources} ContainerResources instance
             */
            ContainerResources.create = function create(properties) {
                return new ContainerResources(properties);
            };

            /**
             * Encodes the specified ContainerResources message. Does not implicitly {@link runtime.v1.ContainerResources.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.ContainerResources
             * @static
             * @param {runtime.v1.IContainerResources} message ContainerResources message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ContainerResources.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.linux != null && Object.hasOwnProperty.call(message, "linux"))
                    $root.runtime.v1.LinuxContainerResources.encode(message.linux, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (message.windows != null && Object.hasOwnProperty.call(message, "windows"))
                    $root.runtime.v1.WindowsContainerResources.encode(message.windows, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a ContainerResources message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.ContainerResources
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.ContainerResources} ContainerResources
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ContainerResources.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.ContainerResources();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.linux = $root.runtime.v1.LinuxContainerResources.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 2: {
                            message.windows = $root.runtime.v1.WindowsContainerResources.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for ContainerResources
             * @function getTypeUrl
             * @memberof runtime.v1.ContainerResources
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ContainerResources.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.ContainerResources";
            };

            return ContainerResources;
        })();

        v1.UpdateContainerResourcesRequest = (function() {

            /**
             * Properties of an UpdateContainerResourcesRequest.
             * @memberof runtime.v1
             * @interface IUpdateContainerResourcesRequest
             * @property {string|null} [containerId] UpdateContainerResourcesRequest containerId
             * @property {runtime.v1.ILinuxContainerResources|null} [linux] UpdateContainerResourcesRequest linux
             * @property {runtime.v1.IWindowsContainerResources|null} [windows] UpdateContainerResourcesRequest windows
             * @property {Object.<string,string>|null} [annotations] UpdateContainerResourcesRequest annotations
             */

            /**
             * Constructs a new UpdateContainerResourcesRequest.
             * @memberof runtime.v1
             * @classdesc Represents an UpdateContainerResourcesRequest.
             * @implements IUpdateContainerResourcesRequest
             * @constructor
             * @param {runtime.v1.IUpdateContainerResourcesRequest=} [properties] Properties to set
             */
            function UpdateContainerResourcesRequest(properties) {
                this.annotations = {};
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * UpdateContainerResourcesRequest containerId.
             * @member {string} containerId
             * @memberof runtime.v1.UpdateContainerResourcesRequest
             * @instance
             */
            UpdateContainerResourcesRequest.prototype.containerId = "";

            /**
             * UpdateContainerResourcesRequest linux.
             * @member {runtime.v1.ILinuxContainerResources|null|undefined} linux
             * @memberof runtime.v1.UpdateContainerResourcesRequest
             * @instance
             */
            UpdateContainerResourcesRequest.prototype.linux = null;

            /**
             * UpdateContainerResourcesRequest windows.
             * @member {runtime.v1.IWindowsContainerResources|null|undefined} windows
             * @memberof runtime.v1.UpdateContainerResourcesRequest
             * @instance
             */
            UpdateContainerResourcesRequest.prototype.windows = null;

            /**
             * UpdateContainerResourcesRequest annotations.
             * @member {Object.<string,string>} annotations
             * @memberof runtime.v1.UpdateContainerResourcesRequest
             * @instance
             */
            UpdateContainerResourcesRequest.prototype.annotations = $util.emptyObject;

            /**
             * Creates a new UpdateContainerResourcesRequest instance using the specified properties.
             * @function create
             * @memberof runtime.v1.UpdateContainerResourcesRequest
             * @static
             * @param {runtime.v1.IUpdateContainerResourcesRequest=} [properties] Properties to set
             * @returns {runtime.v1.UpdateContainerResourcesRequest} UpdateContainerResourcesRequest instance
             */
            UpdateContainerResourcesRequest.create = function create(properties) {
                return new UpdateContainerResourcesRequest(properties);
            };

            /**
             * Encodes the specified UpdateContainerResourcesRequest message. Does not implicitly {@link runtime.v1.UpdateContainerResourcesRequest.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.UpdateContainerResourcesRequest
             * @static
             * @param {runtime.v1.IUpdateContainerResourcesRequest} message UpdateContainerResourcesRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UpdateContainerResourcesRequest.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.containerId != null && Object.hasOwnProperty.call(message, "containerId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.containerId);
                if (message.linux != null && Object.hasOwnProperty.call(message, "linux"))
                    $root.runtime.v1.LinuxContainerResources.encode(message.linux, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (message.windows != null && Object.hasOwnProperty.call(message, "windows"))
                    $root.runtime.v1.WindowsContainerResources.encode(message.windows, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (message.annotations != null && Object.hasOwnProperty.call(message, "annotations"))
                    for (let keys = Object.keys(message.annotations), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.annotations[keys[i]]).ldelim();
                return writer;
            };

            /**
             * Decodes an UpdateContainerResourcesRequest message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.UpdateContainerResourcesRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.UpdateContainerResourcesRequest} UpdateContainerResourcesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UpdateContainerResourcesRequest.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message, key, value;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.UpdateContainerResourcesRequest();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.containerId = reader.string();
                            break;
                        }
                    case 2: {
                            message.linux = $root.runtime.v1.LinuxContainerResources.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 3: {
                            message.windows = $root.runtime.v1.WindowsContainerResources.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 4: {
                            if (message.annotations === $util.emptyObject)
                                message.annotations = {};
                            let end2 = reader.uint32() + reader.pos;
                            if (end2 > reader.len)
                                throw RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.uint32();
                                switch (tag2 >>> 3) {
                                case 1:
                                    key = reader.string();
                                    break;
                                case 2:
                                    value = reader.string();
                                    break;
                                default:
                                    reader.skipType(tag2 & 7, long);
                                    break;
                                }
                            }
                            if (reader.pos !== end2)
                                throw RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.annotations, key);
                            message.annotations[key] = value;
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for UpdateContainerResourcesRequest
             * @function getTypeUrl
             * @memberof runtime.v1.UpdateContainerResourcesRequest
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            UpdateContainerResourcesRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.UpdateContainerResourcesRequest";
            };

            return UpdateContainerResourcesRequest;
        })();

        v1.UpdateContainerResourcesResponse = (function() {

            /**
             * Properties of an UpdateContainerResourcesResponse.
             * @memberof runtime.v1
             * @interface IUpdateContainerResourcesResponse
             */

            /**
             * Constructs a new UpdateContainerResourcesResponse.
             * @memberof runtime.v1
             * @classdesc Represents an UpdateContainerResourcesResponse.
             * @implements IUpdateContainerResourcesResponse
             * @constructor
             * @param {runtime.v1.IUpdateContainerResourcesResponse=} [properties] Properties to set
             */
            function UpdateContainerResourcesResponse(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Creates a new UpdateContainerResourcesResponse instance using the specified properties.
             * @function create
             * @memberof runtime.v1.UpdateContainerResourcesResponse
             * @static
             * @param {runtime.v1.IUpdateContainerResourcesResponse=} [properties] Properties to set
             * @returns {runtime.v1.UpdateContainerResourcesResponse} UpdateContainerResourcesResponse instance
             */
            UpdateContainerResourcesResponse.create = function create(properties) {
                return new UpdateContainerResourcesResponse(properties);
            };

            /**
             * Encodes the specified UpdateContainerResourcesResponse message. Does not implicitly {@link runtime.v1.UpdateContainerResourcesResponse.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.UpdateContainerResourcesResponse
             * @static
             * @param {runtime.v1.IUpdateContainerResourcesResponse} message UpdateContainerResourcesResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UpdateContainerResourcesResponse.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                return writer;
            };

            /**
             * Decodes an UpdateContainerResourcesResponse message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.UpdateContainerResourcesResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.UpdateContainerResourcesResponse} UpdateContainerResourcesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UpdateContainerResourcesResponse.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.UpdateContainerResourcesResponse();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for UpdateContainerResourcesResponse
             * @function getTypeUrl
             * @memberof runtime.v1.UpdateContainerResourcesResponse
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            UpdateContainerResourcesResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.UpdateContainerResourcesResponse";
            };

            return UpdateContainerResourcesResponse;
        })();

        v1.ExecSyncRequest = (function() {

            /**
             * Properties of an ExecSyncRequest.
             * @memberof runtime.v1
             * @interface IExecSyncRequest
             * @property {string|null} [containerId] ExecSyncRequest containerId
             * @property {Array.<string>|null} [cmd] ExecSyncRequest cmd
             * @property {number|null} [timeout] ExecSyncRequest timeout
             */

            /**
             * Constructs a new ExecSyncRequest.
             * @memberof runtime.v1
             * @classdesc Represents an ExecSyncRequest.
             * @implements IExecSyncRequest
             * @constructor
             * @param {runtime.v1.IExecSyncRequest=} [properties] Properties to set
             */
            function ExecSyncRequest(properties) {
                this.cmd = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ExecSyncRequest containerId.
             * @member {string} containerId
             * @memberof runtime.v1.ExecSyncRequest
             * @instance
             */
            ExecSyncRequest.prototype.containerId = "";

            /**
             * ExecSyncRequest cmd.
             * @member {Array.<string>} cmd
             * @memberof runtime.v1.ExecSyncRequest
             * @instance
             */
            ExecSyncRequest.prototype.cmd = $util.emptyArray;

            /**
             * ExecSyncRequest timeout.
             * @member {number} timeout
             * @memberof runtime.v1.ExecSyncRequest
             * @instance
             */
            ExecSyncRequest.prototype.timeout = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new ExecSyncRequest instance using the specified properties.
             * @function create
             * @memberof runtime.v1.ExecSyncRequest
             * @static
             * @param {runtime.v1.IExecSyncRequest=} [properties] Properties to set
             * @returns {runtime.v1.ExecSyncRequest} ExecSyncRequest instance
             */
            ExecSyncRequest.create = function create(properties) {
                return new ExecSyncRequest(properties);
            };

            /**
             * Encodes the specified ExecSyncRequest message. Does not implicitly {@link runtime.v1.ExecSyncRequest.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.ExecSyncRequest
             * @static
             * @param {runtime.v1.IExecSyncRequest} message ExecSyncRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ExecSyncRequest.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.containerId != null && Object.hasOwnProperty.call(message, "containerId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.containerId);
                if (message.cmd != null && message.cmd.length)
                    for (let i = 0; i < message.cmd.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.cmd[i]);
                if (message.timeout != null && Object.hasOwnProperty.call(message, "timeout"))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.timeout);
                return writer;
            };

            /**
             * Decodes an ExecSyncRequest message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.ExecSyncRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.ExecSyncRequest} ExecSyncRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ExecSyncRequest.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.ExecSyncRequest();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.containerId = reader.string();
                            break;
                        }
                    case 2: {
                            if (!(message.cmd && message.cmd.length))
                                message.cmd = [];
                            message.cmd.push(reader.string());
                            break;
                        }
                    case 3: {
                            message.timeout = reader.int64();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for ExecSyncRequest
             * @function getTypeUrl
             * @memberof runtime.v1.ExecSyncRequest
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ExecSyncRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.ExecSyncRequest";
            };

            return ExecSyncRequest;
        })();

        v1.ExecSyncResponse = (function() {

            /**
             * Properties of an ExecSyncResponse.
             * @memberof runtime.v1
             * @interface IExecSyncResponse
             * @property {Uint8Array|null} [stdout] ExecSyncResponse stdout
             * @property {Uint8Array|null} [stderr] ExecSyncResponse stderr
             * @property {number|null} [exitCode] ExecSyncResponse exitCode
             */

            /**
             * Constructs a new ExecSyncResponse.
             * @memberof runtime.v1
             * @classdesc Represents an ExecSyncResponse.
             * @implements IExecSyncResponse
             * @constructor
             * @param {runtime.v1.IExecSyncResponse=} [properties] Properties to set
             */
            function ExecSyncResponse(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ExecSyncResponse stdout.
             * @member {Uint8Array} stdout
             * @memberof runtime.v1.ExecSyncResponse
             * @instance
             */
            ExecSyncResponse.prototype.stdout = $util.newBuffer([]);

            /**
             * ExecSyncResponse stderr.
             * @member {Uint8Array} stderr
             * @memberof runtime.v1.ExecSyncResponse
             * @instance
             */
            ExecSyncResponse.prototype.stderr = $util.newBuffer([]);

            /**
             * ExecSyncResponse exitCode.
             * @member {number} exitCode
             * @memberof runtime.v1.ExecSyncResponse
             * @instance
             */
            ExecSyncResponse.prototype.exitCode = 0;

            /**
             * Creates a new ExecSyncResponse instance using the specified properties.
             * @function create
             * @memberof runtime.v1.ExecSyncResponse
             * @static
             * @param {runtime.v1.IExecSyncResponse=} [properties] Properties to set
             * @returns {runtime.v1.ExecSyncResponse} ExecSyncResponse instance
             */
            ExecSyncResponse.create = function create(properties) {
                return new ExecSyncResponse(properties);
            };

            /**
             * Encodes the specified ExecSyncResponse message. Does not implicitly {@link runtime.v1.ExecSyncResponse.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.ExecSyncResponse
             * @static
             * @param {runtime.v1.IExecSyncResponse} message ExecSyncResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ExecSyncResponse.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.stdout != null && Object.hasOwnProperty.call(message, "stdout"))
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.stdout);
                if (message.stderr != null && Object.hasOwnProperty.call(message, "stderr"))
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.stderr);
                if (message.exitCode != null && Object.hasOwnProperty.call(message, "exitCode"))
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.exitCode);
                return writer;
            };

            /**
             * Decodes an ExecSyncResponse message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.ExecSyncResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.ExecSyncResponse} ExecSyncResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ExecSyncResponse.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.ExecSyncResponse();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.stdout = reader.bytes();
                            break;
                        }
                    case 2: {
                            message.stderr = reader.bytes();
                            break;
                        }
                    case 3: {
                            message.exitCode = reader.int32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for ExecSyncResponse
             * @function getTypeUrl
             * @memberof runtime.v1.ExecSyncResponse
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ExecSyncResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.ExecSyncResponse";
            };

            return ExecSyncResponse;
        })();

        v1.ExecRequest = (function() {

            /**
             * Properties of an ExecRequest.
             * @memberof runtime.v1
             * @interface IExecRequest
             * @property {string|null} [containerId] ExecRequest containerId
             * @property {Array.<string>|null} [cmd] ExecRequest cmd
             * @property {boolean|null} [tty] ExecRequest tty
             * @property {boolean|null} [stdin] ExecRequest stdin
             * @property {boolean|null} [stdout] ExecRequest stdout
             * @property {boolean|null} [stderr] ExecRequest stderr
             */

            /**
             * Constructs a new ExecRequest.
             * @memberof runtime.v1
             * @classdesc Represents an ExecRequest.
             * @implements IExecRequest
             * @constructor
             * @param {runtime.v1.IExecRequest=} [properties] Properties to set
             */
            function ExecRequest(properties) {
                this.cmd = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ExecRequest containerId.
             * @member {string} containerId
             * @memberof runtime.v1.ExecRequest
             * @instance
             */
            ExecRequest.prototype.containerId = "";

            /**
             * ExecRequest cmd.
             * @member {Array.<string>} cmd
             * @memberof runtime.v1.ExecRequest
             * @instance
             */
            ExecRequest.prototype.cmd = $util.emptyArray;

            /**
             * ExecRequest tty.
             * @member {boolean} tty
             * @memberof runtime.v1.ExecRequest
             * @instance
             */
            ExecRequest.prototype.tty = false;

            /**
             * ExecRequest stdin.
             * @member {boolean} stdin
             * @memberof runtime.v1.ExecRequest
             * @instance
             */
            ExecRequest.prototype.stdin = false;

            /**
             * ExecRequest stdout.
             * @member {boolean} stdout
             * @memberof runtime.v1.ExecRequest
             * @instance
             */
            ExecRequest.prototype.stdout = false;

            /**
             * ExecRequest stderr.
             * @member {boolean} stderr
             * @memberof runtime.v1.ExecRequest
             * @instance
             */
            ExecRequest.prototype.stderr = false;

            /**
             * Creates a new ExecRequest instance using the specified properties.
             * @function create
             * @memberof runtime.v1.ExecRequest
             * @static
             * @param {runtime.v1.IExecRequest=} [properties] Properties to set
             * @returns {runtime.v1.ExecRequest} ExecRequest instance
             */
            ExecRequest.create = function create(properties) {
                return new ExecRequest(properties);
            };

            /**
             * Encodes the specified ExecRequest message. Does not implicitly {@link runtime.v1.ExecRequest.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.ExecRequest
             * @static
             * @param {runtime.v1.IExecRequest} message ExecRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ExecRequest.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.containerId != null && Object.hasOwnProperty.call(message, "containerId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.containerId);
                if (message.cmd != null && message.cmd.length)
                    for (let i = 0; i < message.cmd.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.cmd[i]);
                if (message.tty != null && Object.hasOwnProperty.call(message, "tty"))
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.tty);
                if (message.stdin != null && Object.hasOwnProperty.call(message, "stdin"))
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.stdin);
                if (message.stdout != null && Object.hasOwnProperty.call(message, "stdout"))
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.stdout);
                if (message.stderr != null && Object.hasOwnProperty.call(message, "stderr"))
                    writer.uint32(/* id 6, wireType 0 =*/48).bool(message.stderr);
                return writer;
            };

            /**
             * Decodes an ExecRequest message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.ExecRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.ExecRequest} ExecRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ExecRequest.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.ExecRequest();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.containerId = reader.string();
                            break;
                        }
                    case 2: {
                            if (!(message.cmd && message.cmd.length))
                                message.cmd = [];
                            message.cmd.push(reader.string());
                            break;
                        }
                    case 3: {
                            message.tty = reader.bool();
                            break;
                        }
                    case 4: {
                            message.stdin = reader.bool();
                            break;
                        }
                    case 5: {
                            message.stdout = reader.bool();
                            break;
                        }
                    case 6: {
                            message.stderr = reader.bool();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for ExecRequest
             * @function getTypeUrl
             * @memberof runtime.v1.ExecRequest
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ExecRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.ExecRequest";
            };

            return ExecRequest;
        })();

        v1.ExecResponse = (function() {

            /**
             * Properties of an ExecResponse.
             * @memberof runtime.v1
             * @interface IExecResponse
             * @property {string|null} [url] ExecResponse url
             */

            /**
             * Constructs a new ExecResponse.
             * @memberof runtime.v1
             * @classdesc Represents an ExecResponse.
             * @implements IExecResponse
             * @constructor
             * @param {runtime.v1.IExecResponse=} [properties] Properties to set
             */
            function ExecResponse(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ExecResponse url.
             * @member {string} url
             * @memberof runtime.v1.ExecResponse
             * @instance
             */
            ExecResponse.prototype.url = "";

            /**
             * Creates a new ExecResponse instance using the specified properties.
             * @function create
             * @memberof runtime.v1.ExecResponse
             * @static
             * @param {runtime.v1.IExecResponse=} [properties] Properties to set
             * @returns {runtime.v1.ExecResponse} ExecResponse instance
             */
            ExecResponse.create = function create(properties) {
                return new ExecResponse(properties);
            };

            /**
             * Encodes the specified ExecResponse message. Does not implicitly {@link runtime.v1.ExecResponse.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.ExecResponse
             * @static
             * @param {runtime.v1.IExecResponse} message ExecResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ExecResponse.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.url != null && Object.hasOwnProperty.call(message, "url"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.url);
                return writer;
            };

            /**
             * Decodes an ExecResponse message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.ExecResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.ExecResponse} ExecResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ExecResponse.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.ExecResponse();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.url = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for ExecResponse
             * @function getTypeUrl
             * @memberof runtime.v1.ExecResponse
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ExecResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.ExecResponse";
            };

            return ExecResponse;
        })();

        v1.PortForwardRequest = (function() {

            /**
             * Properties of a PortForwardRequest.
             * @memberof runtime.v1
             * @interface IPortForwardRequest
             * @property {string|null} [podSandboxId] PortForwardRequest podSandboxId
             * @property {Array.<number>|null} [port] PortForwardRequest port
             */

            /**
             * Constructs a new PortForwardRequest.
             * @memberof runtime.v1
             * @classdesc Represents a PortForwardRequest.
             * @implements IPortForwardRequest
             * @constructor
             * @param {runtime.v1.IPortForwardRequest=} [properties] Properties to set
             */
            function PortForwardRequest(properties) {
                this.port = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * PortForwardRequest podSandboxId.
             * @member {string} podSandboxId
             * @memberof runtime.v1.PortForwardRequest
             * @instance
             */
            PortForwardRequest.prototype.podSandboxId = "";

            /**
             * PortForwardRequest port.
             * @member {Array.<number>} port
             * @memberof runtime.v1.PortForwardRequest
             * @instance
             */
            PortForwardRequest.prototype.port = $util.emptyArray;

            /**
             * Creates a new PortForwardRequest instance using the specified properties.
             * @function create
             * @memberof runtime.v1.PortForwardRequest
             * @static
             * @param {runtime.v1.IPortForwardRequest=} [properties] Properties to set
             * @returns {runtime.v1.PortForwardRequest} PortForwardRequest instance
             */
            PortForwardRequest.create = function create(properties) {
                return new PortForwardRequest(properties);
            };

            /**
             * Encodes the specified PortForwardRequest message. Does not implicitly {@link runtime.v1.PortForwardRequest.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.PortForwardRequest
             * @static
             * @param {runtime.v1.IPortForwardRequest} message PortForwardRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PortForwardRequest.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.podSandboxId != null && Object.hasOwnProperty.call(message, "podSandboxId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.podSandboxId);
                if (message.port != null && message.port.length) {
                    writer.uint32(/* id 2, wireType 2 =*/18).fork();
                    for (let i = 0; i < message.port.length; ++i)
                        writer.int32(message.port[i]);
                    writer.ldelim();
                }
                return writer;
            };

            /**
             * Decodes a PortForwardRequest message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.PortForwardRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.PortForwardRequest} PortForwardRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PortForwardRequest.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.PortForwardRequest();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.podSandboxId = reader.string();
                            break;
                        }
                    case 2: {
                            if (!(message.port && message.port.length))
                                message.port = [];
                            if ((tag & 7) === 2) {
                                let end2 = reader.uint32() + reader.pos;
                                if (end2 > reader.len)
                                    throw RangeError("index out of range");
                                reader.len = end2;
                                while (reader.pos < end2)
                                    message.port.push(reader.int32());
                                if (reader.pos !== end2)
                                    throw RangeError("index out of range");
                                reader.len = end;
                            } else
                                message.port.push(reader.int32());
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for PortForwardRequest
             * @function getTypeUrl
             * @memberof runtime.v1.PortForwardRequest
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            PortForwardRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.PortForwardRequest";
            };

            return PortForwardRequest;
        })();

        v1.PortForwardResponse = (function() {

            /**
             * Properties of a PortForwardResponse.
             * @memberof runtime.v1
             * @interface IPortForwardResponse
             * @property {string|null} [url] PortForwardResponse url
             */

            /**
             * Constructs a new PortForwardResponse.
             * @memberof runtime.v1
             * @classdesc Represents a PortForwardResponse.
             * @implements IPortForwardResponse
             * @constructor
             * @param {runtime.v1.IPortForwardResponse=} [properties] Properties to set
             */
            function PortForwardResponse(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * PortForwardResponse url.
             * @member {string} url
             * @memberof runtime.v1.PortForwardResponse
             * @instance
             */
            PortForwardResponse.prototype.url = "";

            /**
             * Creates a new PortForwardResponse instance using the specified properties.
             * @function create
             * @memberof runtime.v1.PortForwardResponse
             * @static
             * @param {runtime.v1.IPortForwardResponse=} [properties] Properties to set
             * @returns {runtime.v1.PortForwardResponse} PortForwardResponse instance
             */
            PortForwardResponse.create = function create(properties) {
                return new PortForwardResponse(properties);
            };

            /**
             * Encodes the specified PortForwardResponse message. Does not implicitly {@link runtime.v1.PortForwardResponse.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.PortForwardResponse
             * @static
             * @param {runtime.v1.IPortForwardResponse} message PortForwardResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PortForwardResponse.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.url != null && Object.hasOwnProperty.call(message, "url"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.url);
                return writer;
            };

            /**
             * Decodes a PortForwardResponse message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.PortForwardResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.PortForwardResponse} PortForwardResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PortForwardResponse.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.PortForwardResponse();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.url = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for PortForwardResponse
             * @function getTypeUrl
             * @memberof runtime.v1.PortForwardResponse
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            PortForwardResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.PortForwardResponse";
            };

            return PortForwardResponse;
        })();

        v1.AttachRequest = (function() {

            /**
             * Properties of an AttachRequest.
             * @memberof runtime.v1
             * @interface IAttachRequest
             * @property {string|null} [containerId] AttachRequest containerId
             * @property {boolean|null} [stdin] AttachRequest stdin
             * @property {boolean|null} [tty] AttachRequest tty
             * @property {boolean|null} [stdout] AttachRequest stdout
             * @property {boolean|null} [stderr] AttachRequest stderr
             */

            /**
             * Constructs a new AttachRequest.
             * @memberof runtime.v1
             * @classdesc Represents an AttachRequest.
             * @implements IAttachRequest
             * @constructor
             * @param {runtime.v1.IAttachRequest=} [properties] Properties to set
             */
            function AttachRequest(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * AttachRequest containerId.
             * @member {string} containerId
             * @memberof runtime.v1.AttachRequest
             * @instance
             */
            AttachRequest.prototype.containerId = "";

            /**
             * AttachRequest stdin.
             * @member {boolean} stdin
             * @memberof runtime.v1.AttachRequest
             * @instance
             */
            AttachRequest.prototype.stdin = false;

            /**
             * AttachRequest tty.
             * @member {boolean} tty
             * @memberof runtime.v1.AttachRequest
             * @instance
             */
            AttachRequest.prototype.tty = false;

            /**
             * AttachRequest stdout.
             * @member {boolean} stdout
             * @memberof runtime.v1.AttachRequest
             * @instance
             */
            AttachRequest.prototype.stdout = false;

            /**
             * AttachRequest stderr.
             * @member {boolean} stderr
             * @memberof runtime.v1.AttachRequest
             * @instance
             */
            AttachRequest.prototype.stderr = false;

            /**
             * Creates a new AttachRequest instance using the specified properties.
             * @function create
             * @memberof runtime.v1.AttachRequest
             * @static
             * @param {runtime.v1.IAttachRequest=} [properties] Properties to set
             * @returns {runtime.v1.AttachRequest} AttachRequest instance
             */
            AttachRequest.create = function create(properties) {
                return new AttachRequest(properties);
            };

            /**
             * Encodes the specified AttachRequest message. Does not implicitly {@link runtime.v1.AttachRequest.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.AttachRequest
             * @static
             * @param {runtime.v1.IAttachRequest} message AttachRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AttachRequest.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.containerId != null && Object.hasOwnProperty.call(message, "containerId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.containerId);
                if (message.stdin != null && Object.hasOwnProperty.call(message, "stdin"))
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.stdin);
                if (message.tty != null && Object.hasOwnProperty.call(message, "tty"))
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.tty);
                if (message.stdout != null && Object.hasOwnProperty.call(message, "stdout"))
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.stdout);
                if (message.stderr != null && Object.hasOwnProperty.call(message, "stderr"))
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.stderr);
                return writer;
            };

            /**
             * Decodes an AttachRequest message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.AttachRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.AttachRequest} AttachRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AttachRequest.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.AttachRequest();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.containerId = reader.string();
                            break;
                        }
                    case 2: {
                            message.stdin = reader.bool();
                            break;
                        }
                    case 3: {
                            message.tty = reader.bool();
                            break;
                        }
                    case 4: {
                            message.stdout = reader.bool();
                            break;
                        }
                    case 5: {
                            message.stderr = reader.bool();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for AttachRequest
             * @function getTypeUrl
             * @memberof runtime.v1.AttachRequest
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            AttachRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.AttachRequest";
            };

            return AttachRequest;
        })();

        v1.AttachResponse = (function() {

            /**
             * Properties of an AttachResponse.
             * @memberof runtime.v1
             * @interface IAttachResponse
             * @property {string|null} [url] AttachResponse url
             */

            /**
             * Constructs a new AttachResponse.
             * @memberof runtime.v1
             * @classdesc Represents an AttachResponse.
             * @implements IAttachResponse
             * @constructor
             * @param {runtime.v1.IAttachResponse=} [properties] Properties to set
             */
            function AttachResponse(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * AttachResponse url.
             * @member {string} url
             * @memberof runtime.v1.AttachResponse
             * @instance
             */
            AttachResponse.prototype.url = "";

            /**
             * Creates a new AttachResponse instance using the specified properties.
             * @function create
             * @memberof runtime.v1.AttachResponse
             * @static
             * @param {runtime.v1.IAttachResponse=} [properties] Properties to set
             * @returns {runtime.v1.AttachResponse} AttachResponse instance
             */
            AttachResponse.create = function create(properties) {
                return new AttachResponse(properties);
            };

            /**
             * Encodes the specified AttachResponse message. Does not implicitly {@link runtime.v1.AttachResponse.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.AttachResponse
             * @static
             * @param {runtime.v1.IAttachResponse} message AttachResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AttachResponse.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.url != null && Object.hasOwnProperty.call(message, "url"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.url);
                return writer;
            };

            /**
             * Decodes an AttachResponse message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.AttachResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.AttachResponse} AttachResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AttachResponse.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.AttachResponse();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.url = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for AttachResponse
             * @function getTypeUrl
             * @memberof runtime.v1.AttachResponse
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            AttachResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.AttachResponse";
            };

            return AttachResponse;
        })();

        v1.ImageFilter = (function() {

            /**
             * Properties of an ImageFilter.
             * @memberof runtime.v1
             * @interface IImageFilter
             * @property {runtime.v1.IImageSpec|null} [image] ImageFilter image
             */

            /**
             * Constructs a new ImageFilter.
             * @memberof runtime.v1
             * @classdesc Represents an ImageFilter.
             * @implements IImageFilter
             * @constructor
             * @param {runtime.v1.IImageFilter=} [properties] Properties to set
             */
            function ImageFilter(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ImageFilter image.
             * @member {runtime.v1.IImageSpec|null|undefined} image
             * @memberof runtime.v1.ImageFilter
             * @instance
             */
            ImageFilter.prototype.image = null;

            /**
             * Creates a new ImageFilter instance using the specified properties.
             * @function create
             * @memberof runtime.v1.ImageFilter
             * @static
             * @param {runtime.v1.IImageFilter=} [properties] Properties to set
             * @returns {runtime.v1.ImageFilter} ImageFilter instance
             */
            ImageFilter.create = function create(properties) {
                return new ImageFilter(properties);
            };

            /**
             * Encodes the specified ImageFilter message. Does not implicitly {@link runtime.v1.ImageFilter.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.ImageFilter
             * @static
             * @param {runtime.v1.IImageFilter} message ImageFilter message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ImageFilter.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.image != null && Object.hasOwnProperty.call(message, "image"))
                    $root.runtime.v1.ImageSpec.encode(message.image, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes an ImageFilter message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.ImageFilter
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.ImageFilter} ImageFilter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ImageFilter.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.ImageFilter();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.image = $root.runtime.v1.ImageSpec.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for ImageFilter
             * @function getTypeUrl
             * @memberof runtime.v1.ImageFilter
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ImageFilter.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.ImageFilter";
            };

            return ImageFilter;
        })();

        v1.ListImagesRequest = (function() {

            /**
             * Properties of a ListImagesRequest.
             * @memberof runtime.v1
             * @interface IListImagesRequest
             * @property {runtime.v1.IImageFilter|null} [filter] ListImagesRequest filter
             */

            /**
             * Constructs a new ListImagesRequest.
             * @memberof runtime.v1
             * @classdesc Represents a ListImagesRequest.
             * @implements IListImagesRequest
             * @constructor
             * @param {runtime.v1.IListImagesRequest=} [properties] Properties to set
             */
            function ListImagesRequest(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ListImagesRequest filter.
             * @member {runtime.v1.IImageFilter|null|undefined} filter
             * @memberof runtime.v1.ListImagesRequest
             * @instance
             */
            ListImagesRequest.prototype.filter = null;

            /**
             * Creates a new ListImagesRequest instance using the specified properties.
             * @function create
             * @memberof runtime.v1.ListImagesRequest
             * @static
             * @param {runtime.v1.IListImagesRequest=} [properties] Properties to set
             * @returns {runtime.v1.ListImagesRequest} ListImagesRequest instance
             */
            ListImagesRequest.create = function create(properties) {
                return new ListImagesRequest(properties);
            };

            /**
             * Encodes the specified ListImagesRequest message. Does not implicitly {@link runtime.v1.ListImagesRequest.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.ListImagesRequest
             * @static
             * @param {runtime.v1.IListImagesRequest} message ListImagesRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListImagesRequest.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.filter != null && Object.hasOwnProperty.call(message, "filter"))
                    $root.runtime.v1.ImageFilter.encode(message.filter, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a ListImagesRequest message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.ListImagesRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.ListImagesRequest} ListImagesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListImagesRequest.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.ListImagesRequest();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.filter = $root.runtime.v1.ImageFilter.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for ListImagesRequest
             * @function getTypeUrl
             * @memberof runtime.v1.ListImagesRequest
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ListImagesRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.ListImagesRequest";
            };

            return ListImagesRequest;
        })();

        v1.Image = (function() {

            /**
             * Properties of an Image.
             * @memberof runtime.v1
             * @interface IImage
             * @property {string|null} [id] Image id
             * @property {Array.<string>|null} [repoTags] Image repoTags
             * @property {Array.<string>|null} [repoDigests] Image repoDigests
             * @property {number|null} [size] Image size
             * @property {runtime.v1.IInt64Value|null} [uid] Image uid
             * @property {string|null} [username] Image username
             * @property {runtime.v1.IImageSpec|null} [spec] Image spec
             * @property {boolean|null} [pinned] Image pinned
             */

            /**
             * Constructs a new Image.
             * @memberof runtime.v1
             * @classdesc Represents an Image.
             * @implements IImage
             * @constructor
             * @param {runtime.v1.IImage=} [properties] Properties to set
             */
            function Image(properties) {
                this.repoTags = [];
                this.repoDigests = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Image id.
             * @member {string} id
             * @memberof runtime.v1.Image
             * @instance
             */
            Image.prototype.id = "";

            /**
             * Image repoTags.
             * @member {Array.<string>} repoTags
             * @memberof runtime.v1.Image
             * @instance
             */
            Image.prototype.repoTags = $util.emptyArray;

            /**
             * Image repoDigests.
             * @member {Array.<string>} repoDigests
             * @memberof runtime.v1.Image
             * @instance
             */
            Image.prototype.repoDigests = $util.emptyArray;

            /**
             * Image size.
             * @member {number} size
             * @memberof runtime.v1.Image
             * @instance
             */
            Image.prototype.size = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Image uid.
             * @member {runtime.v1.IInt64Value|null|undefined} uid
             * @memberof runtime.v1.Image
             * @instance
             */
            Image.prototype.uid = null;

            /**
             * Image username.
             * @member {string} username
             * @memberof runtime.v1.Image
             * @instance
             */
            Image.prototype.username = "";

            /**
             * Image spec.
             * @member {runtime.v1.IImageSpec|null|undefined} spec
             * @memberof runtime.v1.Image
             * @instance
             */
            Image.prototype.spec = null;

            /**
             * Image pinned.
             * @member {boolean} pinned
             * @memberof runtime.v1.Image
             * @instance
             */
            Image.prototype.pinned = false;

            /**
             * Creates a new Image instance using the specified properties.
             * @function create
             * @memberof runtime.v1.Image
             * @static
             * @param {runtime.v1.IImage=} [properties] Properties to set
             * @returns {runtime.v1.Image} Image instance
             */
            Image.create = function create(properties) {
                return new Image(properties);
            };

            /**
             * Encodes the specified Image message. Does not implicitly {@link runtime.v1.Image.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.Image
             * @static
             * @param {runtime.v1.IImage} message Image message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Image.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                if (message.repoTags != null && message.repoTags.length)
                    for (let i = 0; i < message.repoTags.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.repoTags[i]);
                if (message.repoDigests != null && message.repoDigests.length)
                    for (let i = 0; i < message.repoDigests.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.repoDigests[i]);
                if (message.size != null && Object.hasOwnProperty.call(message, "size"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.size);
                if (message.uid != null && Object.hasOwnProperty.call(message, "uid"))
                    $root.runtime.v1.Int64Value.encode(message.uid, writer.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                if (message.username != null && Object.hasOwnProperty.call(message, "username"))
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.username);
                if (message.spec != null && Object.hasOwnProperty.call(message, "spec"))
                    $root.runtime.v1.ImageSpec.encode(message.spec, writer.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
                if (message.pinned != null && Object.hasOwnProperty.call(message, "pinned"))
                    writer.uint32(/* id 8, wireType 0 =*/64).bool(message.pinned);
                return writer;
            };

            /**
             * Decodes an Image message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.Image
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.Image} Image
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Image.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.Image();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.id = reader.string();
                            break;
                        }
                    case 2: {
                            if (!(message.repoTags && message.repoTags.length))
                                message.repoTags = [];
                            message.repoTags.push(reader.string());
                            break;
                        }
                    case 3: {
                            if (!(message.repoDigests && message.repoDigests.length))
                                message.repoDigests = [];
                            message.repoDigests.push(reader.string());
                            break;
                        }
                    case 4: {
                            message.size = reader.uint64();
                            break;
                        }
                    case 5: {
                            message.uid = $root.runtime.v1.Int64Value.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 6: {
                            message.username = reader.string();
                            break;
                        }
                    case 7: {
                            message.spec = $root.runtime.v1.ImageSpec.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 8: {
                            message.pinned = reader.bool();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for Image
             * @function getTypeUrl
             * @memberof runtime.v1.Image
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Image.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.Image";
            };

            return Image;
        })();

        v1.ListImagesResponse = (function() {

            /**
             * Properties of a ListImagesResponse.
             * @memberof runtime.v1
             * @interface IListImagesResponse
             * @property {Array.<runtime.v1.IImage>|null} [images] ListImagesResponse images
             */

            /**
             * Constructs a new ListImagesResponse.
             * @memberof runtime.v1
             * @classdesc Represents a ListImagesResponse.
             * @implements IListImagesResponse
             * @constructor
             * @param {runtime.v1.IListImagesResponse=} [properties] Properties to set
             */
            function ListImagesResponse(properties) {
                this.images = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ListImagesResponse images.
             * @member {Array.<runtime.v1.IImage>} images
             * @memberof runtime.v1.ListImagesResponse
             * @instance
             */
            ListImagesResponse.prototype.images = $util.emptyArray;

            /**
             * Creates a new ListImagesResponse instance using the specified properties.
             * @function create
             * @memberof runtime.v1.ListImagesResponse
             * @static
             * @param {runtime.v1.IListImagesResponse=} [properties] Properties to set
             * @returns {runtime.v1.ListImagesResponse} ListImagesResponse instance
             */
            ListImagesResponse.create = function create(properties) {
                return new ListImagesResponse(properties);
            };

            /**
             * Encodes the specified ListImagesResponse message. Does not implicitly {@link runtime.v1.ListImagesResponse.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.ListImagesResponse
             * @static
             * @param {runtime.v1.IListImagesResponse} message ListImagesResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListImagesResponse.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.images != null && message.images.length)
                    for (let i = 0; i < message.images.length; ++i)
                        $root.runtime.v1.Image.encode(message.images[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a ListImagesResponse message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.ListImagesResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.ListImagesResponse} ListImagesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListImagesResponse.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.ListImagesResponse();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            if (!(message.images && message.images.length))
                                message.images = [];
                            message.images.push($root.runtime.v1.Image.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for ListImagesResponse
             * @function getTypeUrl
             * @memberof runtime.v1.ListImagesResponse
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ListImagesResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.ListImagesResponse";
            };

            return ListImagesResponse;
        })();

        v1.ImageStatusRequest = (function() {

            /**
             * Properties of an ImageStatusRequest.
             * @memberof runtime.v1
             * @interface IImageStatusRequest
             * @property {runtime.v1.IImageSpec|null} [image] ImageStatusRequest image
             * @property {boolean|null} [verbose] ImageStatusRequest verbose
             */

            /**
             * Constructs a new ImageStatusRequest.
             * @memberof runtime.v1
             * @classdesc Represents an ImageStatusRequest.
             * @implements IImageStatusRequest
             * @constructor
             * @param {runtime.v1.IImageStatusRequest=} [properties] Properties to set
             */
            function ImageStatusRequest(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ImageStatusRequest image.
             * @member {runtime.v1.IImageSpec|null|undefined} image
             * @memberof runtime.v1.ImageStatusRequest
             * @instance
             */
            ImageStatusRequest.prototype.image = null;

            /**
             * ImageStatusRequest verbose.
             * @member {boolean} verbose
             * @memberof runtime.v1.ImageStatusRequest
             * @instance
             */
            ImageStatusRequest.prototype.verbose = false;

            /**
             * Creates a new ImageStatusRequest instance using the specified properties.
             * @function create
             * @memberof runtime.v1.ImageStatusRequest
             * @static
             * @param {runtime.v1.IImageStatusRequest=} [properties] Properties to set
             * @returns {runtime.v1.ImageStatusRequest} ImageStatusRequest instance
             */
            ImageStatusRequest.create = function create(properties) {
                return new ImageStatusRequest(properties);
            };

            /**
             * Encodes the specified ImageStatusRequest message. Does not implicitly {@link runtime.v1.ImageStatusRequest.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.ImageStatusRequest
             * @static
             * @param {runtime.v1.IImageStatusRequest} message ImageStatusRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ImageStatusRequest.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.image != null && Object.hasOwnProperty.call(message, "image"))
                    $root.runtime.v1.ImageSpec.encode(message.image, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (message.verbose != null && Object.hasOwnProperty.call(message, "verbose"))
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.verbose);
                return writer;
            };

            /**
             * Decodes an ImageStatusRequest message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.ImageStatusRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.ImageStatusRequest} ImageStatusRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ImageStatusRequest.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.ImageStatusRequest();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.image = $root.runtime.v1.ImageSpec.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 2: {
                            message.verbose = reader.bool();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for ImageStatusRequest
             * @function getTypeUrl
             * @memberof runtime.v1.ImageStatusRequest
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ImageStatusRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.ImageStatusRequest";
            };

            return ImageStatusRequest;
        })();

        v1.ImageStatusResponse = (function() {

            /**
             * Properties of an ImageStatusResponse.
             * @memberof runtime.v1
             * @interface IImageStatusResponse
             * @property {runtime.v1.IImage|null} [image] ImageStatusResponse image
             * @property {Object.<string,string>|null} [info] ImageStatusResponse info
             */

            /**
             * Constructs a new ImageStatusResponse.
             * @memberof runtime.v1
             * @classdesc Represents an ImageStatusResponse.
             * @implements IImageStatusResponse
             * @constructor
             * @param {runtime.v1.IImageStatusResponse=} [properties] Properties to set
             */
            function ImageStatusResponse(properties) {
                this.info = {};
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ImageStatusResponse image.
             * @member {runtime.v1.IImage|null|undefined} image
             * @memberof runtime.v1.ImageStatusResponse
             * @instance
             */
            ImageStatusResponse.prototype.image = null;

            /**
             * ImageStatusResponse info.
             * @member {Object.<string,string>} info
             * @memberof runtime.v1.ImageStatusResponse
             * @instance
             */
            ImageStatusResponse.prototype.info = $util.emptyObject;

            /**
             * Creates a new ImageStatusResponse instance using the specified properties.
             * @function create
             * @memberof runtime.v1.ImageStatusResponse
             * @static
             * @param {runtime.v1.IImageStatusResponse=} [properties] Properties to set
             * @returns {runtime.v1.ImageStatusResponse} ImageStatusResponse instance
             */
            ImageStatusResponse.create = function create(properties) {
                return new ImageStatusResponse(properties);
            };

            /**
             * Encodes the specified ImageStatusResponse message. Does not implicitly {@link runtime.v1.ImageStatusResponse.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.ImageStatusResponse
             * @static
             * @param {runtime.v1.IImageStatusResponse} message ImageStatusResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ImageStatusResponse.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.image != null && Object.hasOwnProperty.call(message, "image"))
                    $root.runtime.v1.Image.encode(message.image, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (message.info != null && Object.hasOwnProperty.call(message, "info"))
                    for (let keys = Object.keys(message.info), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.info[keys[i]]).ldelim();
                return writer;
            };

            /**
             * Decodes an ImageStatusResponse message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.ImageStatusResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.ImageStatusResponse} ImageStatusResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ImageStatusResponse.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message, key, value;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.ImageStatusResponse();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.image = $root.runtime.v1.Image.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 2: {
                            if (message.info === $util.emptyObject)
                                message.info = {};
                            let end2 = reader.uint32() + reader.pos;
                            if (end2 > reader.len)
                                throw RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.uint32();
                                switch (tag2 >>> 3) {
                                case 1:
                                    key = reader.string();
                                    break;
                                case 2:
                                    value = reader.string();
                                    break;
                                default:
                                    reader.skipType(tag2 & 7, long);
                                    break;
                                }
                            }
                            if (reader.pos !== end2)
                                throw RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.info, key);
                            message.info[key] = value;
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for ImageStatusResponse
             * @function getTypeUrl
             * @memberof runtime.v1.ImageStatusResponse
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ImageStatusResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.ImageStatusResponse";
            };

            return ImageStatusResponse;
        })();

        v1.AuthConfig = (function() {

            /**
             * Properties of an AuthConfig.
             * @memberof runtime.v1
             * @interface IAuthConfig
             * @property {string|null} [username] AuthConfig username
             * @property {string|null} [password] AuthConfig password
             * @property {string|null} [auth] AuthConfig auth
             * @property {string|null} [serverAddress] AuthConfig serverAddress
             * @property {string|null} [identityToken] AuthConfig identityToken
             * @property {string|null} [registryToken] AuthConfig registryToken
             */

            /**
             * Constructs a new AuthConfig.
             * @memberof runtime.v1
             * @classdesc Represents an AuthConfig.
             * @implements IAuthConfig
             * @constructor
             * @param {runtime.v1.IAuthConfig=} [properties] Properties to set
             */
            function AuthConfig(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * AuthConfig username.
             * @member {string} username
             * @memberof runtime.v1.AuthConfig
             * @instance
             */
            AuthConfig.prototype.username = "";

            /**
             * AuthConfig password.
             * @member {string} password
             * @memberof runtime.v1.AuthConfig
             * @instance
             */
            AuthConfig.prototype.password = "";

            /**
             * AuthConfig auth.
             * @member {string} auth
             * @memberof runtime.v1.AuthConfig
             * @instance
             */
            AuthConfig.prototype.auth = "";

            /**
             * AuthConfig serverAddress.
             * @member {string} serverAddress
             * @memberof runtime.v1.AuthConfig
             * @instance
             */
            AuthConfig.prototype.serverAddress = "";

            /**
             * AuthConfig identityToken.
             * @member {string} identityToken
             * @memberof runtime.v1.AuthConfig
             * @instance
             */
            AuthConfig.prototype.identityToken = "";

            /**
             * AuthConfig registryToken.
             * @member {string} registryToken
             * @memberof runtime.v1.AuthConfig
             * @instance
             */
            AuthConfig.prototype.registryToken = "";

            /**
             * Creates a new AuthConfig instance using the specified properties.
             * @function create
             * @memberof runtime.v1.AuthConfig
             * @static
             * @param {runtime.v1.IAuthConfig=} [properties] Properties to set
             * @returns {runtime.v1.AuthConfig} AuthConfig instance
             */
            AuthConfig.create = function create(properties) {
                return new AuthConfig(properties);
            };

            /**
             * Encodes the specified AuthConfig message. Does not implicitly {@link runtime.v1.AuthConfig.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.AuthConfig
             * @static
             * @param {runtime.v1.IAuthConfig} message AuthConfig message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AuthConfig.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.username != null && Object.hasOwnProperty.call(message, "username"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.username);
                if (message.password != null && Object.hasOwnProperty.call(message, "password"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.password);
                if (message.auth != null && Object.hasOwnProperty.call(message, "auth"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.auth);
                if (message.serverAddress != null && Object.hasOwnProperty.call(message, "serverAddress"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.serverAddress);
                if (message.identityToken != null && Object.hasOwnProperty.call(message, "identityToken"))
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.identityToken);
                if (message.registryToken != null && Object.hasOwnProperty.call(message, "registryToken"))
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.registryToken);
                return writer;
            };

            /**
             * Decodes an AuthConfig message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.AuthConfig
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.AuthConfig} AuthConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AuthConfig.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.AuthConfig();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.username = reader.string();
                            break;
                        }
                    case 2: {
                            message.password = reader.string();
                            break;
                        }
                    case 3: {
                            message.auth = reader.string();
                            break;
                        }
                    case 4: {
                            message.serverAddress = reader.string();
                            break;
                        }
                    case 5: {
                            message.identityToken = reader.string();
                            break;
                        }
                    case 6: {
                            message.registryToken = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for AuthConfig
             * @function getTypeUrl
             * @memberof runtime.v1.AuthConfig
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            AuthConfig.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.AuthConfig";
            };

            return AuthConfig;
        })();

        v1.PullImageRequest = (function() {

            /**
             * Properties of a PullImageRequest.
             * @memberof runtime.v1
             * @interface IPullImageRequest
             * @property {runtime.v1.IImageSpec|null} [image] PullImageRequest image
             * @property {runtime.v1.IAuthConfig|null} [auth] PullImageRequest auth
             * @property {runtime.v1.IPodSandboxConfig|null} [sandboxConfig] PullImageRequest sandboxConfig
             */

            /**
             * Constructs a new PullImageRequest.
             * @memberof runtime.v1
             * @classdesc Represents a PullImageRequest.
             * @implements IPullImageRequest
             * @constructor
             * @param {runtime.v1.IPullImageRequest=} [properties] Properties to set
             */
            function PullImageRequest(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * PullImageRequest image.
             * @member {runtime.v1.IImageSpec|null|undefined} image
             * @memberof runtime.v1.PullImageRequest
             * @instance
             */
            PullImageRequest.prototype.image = null;

            /**
             * PullImageRequest auth.
             * @member {runtime.v1.IAuthConfig|null|undefined} auth
             * @memberof runtime.v1.PullImageRequest
             * @instance
             */
            PullImageRequest.prototype.auth = null;

            /**
             * PullImageRequest sandboxConfig.
             * @member {runtime.v1.IPodSandboxConfig|null|undefined} sandboxConfig
             * @memberof runtime.v1.PullImageRequest
             * @instance
             */
            PullImageRequest.prototype.sandboxConfig = null;

            /**
             * Creates a new PullImageRequest instance using the specified properties.
             * @function create
             * @memberof runtime.v1.PullImageRequest
             * @static
             * @param {runtime.v1.IPullImageRequest=} [properties] Properties to set
             * @returns {runtime.v1.PullImageRequest} PullImageRequest instance
             */
            PullImageRequest.create = function create(properties) {
                return new PullImageRequest(properties);
            };

            /**
             * Encodes the specified PullImageRequest message. Does not implicitly {@link runtime.v1.PullImageRequest.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.PullImageRequest
             * @static
             * @param {runtime.v1.IPullImageRequest} message PullImageRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PullImageRequest.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.image != null && Object.hasOwnProperty.call(message, "image"))
                    $root.runtime.v1.ImageSpec.encode(message.image, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (message.auth != null && Object.hasOwnProperty.call(message, "auth"))
                    $root.runtime.v1.AuthConfig.encode(message.auth, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (message.sandboxConfig != null && Object.hasOwnProperty.call(message, "sandboxConfig"))
                    $root.runtime.v1.PodSandboxConfig.encode(message.sandboxConfig, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a PullImageRequest message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.PullImageRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.PullImageRequest} PullImageRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PullImageRequest.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.PullImageRequest();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.image = $root.runtime.v1.ImageSpec.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 2: {
                            message.auth = $root.runtime.v1.AuthConfig.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 3: {
                            message.sandboxConfig = $root.runtime.v1.PodSandboxConfig.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for PullImageRequest
             * @function getTypeUrl
             * @memberof runtime.v1.PullImageRequest
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            PullImageRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.PullImageRequest";
            };

            return PullImageRequest;
        })();

        v1.PullImageResponse = (function() {

            /**
             * Properties of a PullImageResponse.
             * @memberof runtime.v1
             * @interface IPullImageResponse
             * @property {string|null} [imageRef] PullImageResponse imageRef
             */

            /**
             * Constructs a new PullImageResponse.
             * @memberof runtime.v1
             * @classdesc Represents a PullImageResponse.
             * @implements IPullImageResponse
             * @constructor
             * @param {runtime.v1.IPullImageResponse=} [properties] Properties to set
             */
            function PullImageResponse(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * PullImageResponse imageRef.
             * @member {string} imageRef
             * @memberof runtime.v1.PullImageResponse
             * @instance
             */
            PullImageResponse.prototype.imageRef = "";

            /**
             * Creates a new PullImageResponse instance using the specified properties.
             * @function create
             * @memberof runtime.v1.PullImageResponse
             * @static
             * @param {runtime.v1.IPullImageResponse=} [properties] Properties to set
             * @returns {runtime.v1.PullImageResponse} PullImageResponse instance
             */
            PullImageResponse.create = function create(properties) {
                return new PullImageResponse(properties);
            };

            /**
             * Encodes the specified PullImageResponse message. Does not implicitly {@link runtime.v1.PullImageResponse.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.PullImageResponse
             * @static
             * @param {runtime.v1.IPullImageResponse} message PullImageResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PullImageResponse.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.imageRef != null && Object.hasOwnProperty.call(message, "imageRef"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.imageRef);
                return writer;
            };

            /**
             * Decodes a PullImageResponse message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.PullImageResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.PullImageResponse} PullImageResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PullImageResponse.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.PullImageResponse();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.imageRef = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for PullImageResponse
             * @function getTypeUrl
             * @memberof runtime.v1.PullImageResponse
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            PullImageResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.PullImageResponse";
            };

            return PullImageResponse;
        })();

        v1.RemoveImageRequest = (function() {

            /**
             * Properties of a RemoveImageRequest.
             * @memberof runtime.v1
             * @interface IRemoveImageRequest
             * @property {runtime.v1.IImageSpec|null} [image] RemoveImageRequest image
             */

            /**
             * Constructs a new RemoveImageRequest.
             * @memberof runtime.v1
             * @classdesc Represents a RemoveImageRequest.
             * @implements IRemoveImageRequest
             * @constructor
             * @param {runtime.v1.IRemoveImageRequest=} [properties] Properties to set
             */
            function RemoveImageRequest(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * RemoveImageRequest image.
             * @member {runtime.v1.IImageSpec|null|undefined} image
             * @memberof runtime.v1.RemoveImageRequest
             * @instance
             */
            RemoveImageRequest.prototype.image = null;

            /**
             * Creates a new RemoveImageRequest instance using the specified properties.
             * @function create
             * @memberof runtime.v1.RemoveImageRequest
             * @static
             * @param {runtime.v1.IRemoveImageRequest=} [properties] Properties to set
             * @returns {runtime.v1.RemoveImageRequest} RemoveImageRequest instance
             */
            RemoveImageRequest.create = function create(properties) {
                return new RemoveImageRequest(properties);
            };

            /**
             * Encodes the specified RemoveImageRequest message. Does not implicitly {@link runtime.v1.RemoveImageRequest.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.RemoveImageRequest
             * @static
             * @param {runtime.v1.IRemoveImageRequest} message RemoveImageRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RemoveImageRequest.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.image != null && Object.hasOwnProperty.call(message, "image"))
                    $root.runtime.v1.ImageSpec.encode(message.image, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a RemoveImageRequest message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.RemoveImageRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.RemoveImageRequest} RemoveImageRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RemoveImageRequest.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.RemoveImageRequest();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.image = $root.runtime.v1.ImageSpec.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for RemoveImageRequest
             * @function getTypeUrl
             * @memberof runtime.v1.RemoveImageRequest
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            RemoveImageRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.RemoveImageRequest";
            };

            return RemoveImageRequest;
        })();

        v1.RemoveImageResponse = (function() {

            /**
             * Properties of a RemoveImageResponse.
             * @memberof runtime.v1
             * @interface IRemoveImageResponse
             */

            /**
             * Constructs a new RemoveImageResponse.
             * @memberof runtime.v1
             * @classdesc Represents a RemoveImageResponse.
             * @implements IRemoveImageResponse
             * @constructor
             * @param {runtime.v1.IRemoveImageResponse=} [properties] Properties to set
             */
            function RemoveImageResponse(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Creates a new RemoveImageResponse instance using the specified properties.
             * @function create
             * @memberof runtime.v1.RemoveImageResponse
             * @static
             * @param {runtime.v1.IRemoveImageResponse=} [properties] Properties to set
             * @returns {runtime.v1.RemoveImageResponse} RemoveImageResponse instance
             */
            RemoveImageResponse.create = function create(properties) {
                return new RemoveImageResponse(properties);
            };

            /**
             * Encodes the specified RemoveImageResponse message. Does not implicitly {@link runtime.v1.RemoveImageResponse.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.RemoveImageResponse
             * @static
             * @param {runtime.v1.IRemoveImageResponse} message RemoveImageResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RemoveImageResponse.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                return writer;
            };

            /**
             * Decodes a RemoveImageResponse message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.RemoveImageResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.RemoveImageResponse} RemoveImageResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RemoveImageResponse.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.RemoveImageResponse();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for RemoveImageResponse
             * @function getTypeUrl
             * @memberof runtime.v1.RemoveImageResponse
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            RemoveImageResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.RemoveImageResponse";
            };

            return RemoveImageResponse;
        })();

        v1.RuntimeCondition = (function() {

            /**
             * Properties of a RuntimeCondition.
             * @memberof runtime.v1
             * @interface IRuntimeCondition
             * @property {string|null} [type] RuntimeCondition type
             * @property {boolean|null} [status] RuntimeCondition status
             * @property {string|null} [reason] RuntimeCondition reason
             * @property {string|null} [message] RuntimeCondition message
             */

            /**
             * Constructs a new RuntimeCondition.
             * @memberof runtime.v1
             * @classdesc Represents a RuntimeCondition.
             * @implements IRuntimeCondition
             * @constructor
             * @param {runtime.v1.IRuntimeCondition=} [properties] Properties to set
             */
            function RuntimeCondition(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * RuntimeCondition type.
             * @member {string} type
             * @memberof runtime.v1.RuntimeCondition
             * @instance
             */
            RuntimeCondition.prototype.type = "";

            /**
             * RuntimeCondition status.
             * @member {boolean} status
             * @memberof runtime.v1.RuntimeCondition
             * @instance
             */
            RuntimeCondition.prototype.status = false;

            /**
             * RuntimeCondition reason.
             * @member {string} reason
             * @memberof runtime.v1.RuntimeCondition
             * @instance
             */
            RuntimeCondition.prototype.reason = "";

            /**
             * RuntimeCondition message.
             * @member {string} message
             * @memberof runtime.v1.RuntimeCondition
             * @instance
             */
            RuntimeCondition.prototype.message = "";

            /**
             * Creates a new RuntimeCondition instance using the specified properties.
             * @function create
             * @memberof runtime.v1.RuntimeCondition
             * @static
             * @param {runtime.v1.IRuntimeCondition=} [properties] Properties to set
             * @returns {runtime.v1.RuntimeCondition} RuntimeCondition instance
             */
            RuntimeCondition.create = function create(properties) {
                return new RuntimeCondition(properties);
            };

            /**
             * Encodes the specified RuntimeCondition message. Does not implicitly {@link runtime.v1.RuntimeCondition.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.RuntimeCondition
             * @static
             * @param {runtime.v1.IRuntimeCondition} message RuntimeCondition message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RuntimeCondition.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.type != null && Object.hasOwnProperty.call(message, "type"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.type);
                if (message.status != null && Object.hasOwnProperty.call(message, "status"))
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.status);
                if (message.reason != null && Object.hasOwnProperty.call(message, "reason"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.reason);
                if (message.message != null && Object.hasOwnProperty.call(message, "message"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.message);
                return writer;
            };

            /**
             * Decodes a RuntimeCondition message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.RuntimeCondition
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.RuntimeCondition} RuntimeCondition
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RuntimeCondition.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.RuntimeCondition();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.type = reader.string();
                            break;
                        }
                    case 2: {
                            message.status = reader.bool();
                            break;
                        }
                    case 3: {
                            message.reason = reader.string();
                            break;
                        }
                    case 4: {
                            message.message = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for RuntimeCondition
             * @function getTypeUrl
             * @memberof runtime.v1.RuntimeCondition
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            RuntimeCondition.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.RuntimeCondition";
            };

            return RuntimeCondition;
        })();

        v1.RuntimeStatus = (function() {

            /**
             * Properties of a RuntimeStatus.
             * @memberof runtime.v1
             * @interface IRuntimeStatus
             * @property {Array.<runtime.v1.IRuntimeCondition>|null} [conditions] RuntimeStatus conditions
             */

            /**
             * Constructs a new RuntimeStatus.
             * @memberof runtime.v1
             * @classdesc Represents a RuntimeStatus.
             * @implements IRuntimeStatus
             * @constructor
             * @param {runtime.v1.IRuntimeStatus=} [properties] Properties to set
             */
            function RuntimeStatus(properties) {
                this.conditions = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * RuntimeStatus conditions.
             * @member {Array.<runtime.v1.IRuntimeCondition>} conditions
             * @memberof runtime.v1.RuntimeStatus
             * @instance
             */
            RuntimeStatus.prototype.conditions = $util.emptyArray;

            /**
             * Creates a new RuntimeStatus instance using the specified properties.
             * @function create
             * @memberof runtime.v1.RuntimeStatus
             * @static
             * @param {runtime.v1.IRuntimeStatus=} [properties] Properties to set
             * @returns {runtime.v1.RuntimeStatus} RuntimeStatus instance
             */
            RuntimeStatus.create = function create(properties) {
                return new RuntimeStatus(properties);
            };

            /**
             * Encodes the specified RuntimeStatus message. Does not implicitly {@link runtime.v1.RuntimeStatus.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.RuntimeStatus
             * @static
             * @param {runtime.v1.IRuntimeStatus} message RuntimeStatus message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RuntimeStatus.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.conditions != null && message.conditions.length)
                    for (let i = 0; i < message.conditions.length; ++i)
                        $root.runtime.v1.RuntimeCondition.encode(message.conditions[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a RuntimeStatus message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.RuntimeStatus
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.RuntimeStatus} RuntimeStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RuntimeStatus.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.RuntimeStatus();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            if (!(message.conditions && message.conditions.length))
                                message.conditions = [];
                            message.conditions.push($root.runtime.v1.RuntimeCondition.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for RuntimeStatus
             * @function getTypeUrl
             * @memberof runtime.v1.RuntimeStatus
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            RuntimeStatus.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.RuntimeStatus";
            };

            return RuntimeStatus;
        })();

        v1.StatusRequest = (function() {

            /**
             * Properties of a StatusRequest.
             * @memberof runtime.v1
             * @interface IStatusRequest
             * @property {boolean|null} [verbose] StatusRequest verbose
             */

            /**
             * Constructs a new StatusRequest.
             * @memberof runtime.v1
             * @classdesc Represents a StatusRequest.
             * @implements IStatusRequest
             * @constructor
             * @param {runtime.v1.IStatusRequest=} [properties] Properties to set
             */
            function StatusRequest(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * StatusRequest verbose.
             * @member {boolean} verbose
             * @memberof runtime.v1.StatusRequest
             * @instance
             */
            StatusRequest.prototype.verbose = false;

            /**
             * Creates a new StatusRequest instance using the specified properties.
             * @function create
             * @memberof runtime.v1.StatusRequest
             * @static
             * @param {runtime.v1.IStatusRequest=} [properties] Properties to set
             * @returns {runtime.v1.StatusRequest} StatusRequest instance
             */
            StatusRequest.create = function create(properties) {
                return new StatusRequest(properties);
            };

            /**
             * Encodes the specified StatusRequest message. Does not implicitly {@link runtime.v1.StatusRequest.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.StatusRequest
             * @static
             * @param {runtime.v1.IStatusRequest} message StatusRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StatusRequest.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.verbose != null && Object.hasOwnProperty.call(message, "verbose"))
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.verbose);
                return writer;
            };

            /**
             * Decodes a StatusRequest message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.StatusRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.StatusRequest} StatusRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StatusRequest.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.StatusRequest();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.verbose = reader.bool();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for StatusRequest
             * @function getTypeUrl
             * @memberof runtime.v1.StatusRequest
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            StatusRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.StatusRequest";
            };

            return StatusRequest;
        })();

        v1.StatusResponse = (function() {

            /**
             * Properties of a StatusResponse.
             * @memberof runtime.v1
             * @interface IStatusResponse
             * @property {runtime.v1.IRuntimeStatus|null} [status] StatusResponse status
             * @property {Object.<string,string>|null} [info] StatusResponse info
             */

            /**
             * Constructs a new StatusResponse.
             * @memberof runtime.v1
             * @classdesc Represents a StatusResponse.
             * @implements IStatusResponse
             * @constructor
             * @param {runtime.v1.IStatusResponse=} [properties] Properties to set
             */
            function StatusResponse(properties) {
                this.info = {};
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * StatusResponse status.
             * @member {runtime.v1.IRuntimeStatus|null|undefined} status
             * @memberof runtime.v1.StatusResponse
             * @instance
             */
            StatusResponse.prototype.status = null;

            /**
             * StatusResponse info.
             * @member {Object.<string,string>} info
             * @memberof runtime.v1.StatusResponse
             * @instance
             */
            StatusResponse.prototype.info = $util.emptyObject;

            /**
             * Creates a new StatusResponse instance using the specified properties.
             * @function create
             * @memberof runtime.v1.StatusResponse
             * @static
             * @param {runtime.v1.IStatusResponse=} [properties] Properties to set
             * @returns {runtime.v1.StatusResponse} StatusResponse instance
             */
            StatusResponse.create = function create(properties) {
                return new StatusResponse(properties);
            };

            /**
             * Encodes the specified StatusResponse message. Does not implicitly {@link runtime.v1.StatusResponse.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.StatusResponse
             * @static
             * @param {runtime.v1.IStatusResponse} message StatusResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StatusResponse.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.status != null && Object.hasOwnProperty.call(message, "status"))
                    $root.runtime.v1.RuntimeStatus.encode(message.status, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (message.info != null && Object.hasOwnProperty.call(message, "info"))
                    for (let keys = Object.keys(message.info), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.info[keys[i]]).ldelim();
                return writer;
            };

            /**
             * Decodes a StatusResponse message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.StatusResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.StatusResponse} StatusResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StatusResponse.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message, key, value;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.StatusResponse();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.status = $root.runtime.v1.RuntimeStatus.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 2: {
                            if (message.info === $util.emptyObject)
                                message.info = {};
                            let end2 = reader.uint32() + reader.pos;
                            if (end2 > reader.len)
                                throw RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.uint32();
                                switch (tag2 >>> 3) {
                                case 1:
                                    key = reader.string();
                                    break;
                                case 2:
                                    value = reader.string();
                                    break;
                                default:
                                    reader.skipType(tag2 & 7, long);
                                    break;
                                }
                            }
                            if (reader.pos !== end2)
                                throw RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.info, key);
                            message.info[key] = value;
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for StatusResponse
             * @function getTypeUrl
             * @memberof runtime.v1.StatusResponse
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            StatusResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.StatusResponse";
            };

            return StatusResponse;
        })();

        v1.UInt64Value = (function() {

            /**
             * Properties of a UInt64Value.
             * @memberof runtime.v1
             * @interface IUInt64Value
             * @property {number|null} [value] UInt64Value value
             */

            /**
             * Constructs a new UInt64Value.
             * @memberof runtime.v1
             * @classdesc Represents a UInt64Value.
             * @implements IUInt64Value
             * @constructor
             * @param {runtime.v1.IUInt64Value=} [properties] Properties to set
             */
            function UInt64Value(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * UInt64Value value.
             * @member {number} value
             * @memberof runtime.v1.UInt64Value
             * @instance
             */
            UInt64Value.prototype.value = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new UInt64Value instance using the specified properties.
             * @function create
             * @memberof runtime.v1.UInt64Value
             * @static
             * @param {runtime.v1.IUInt64Value=} [properties] Properties to set
             * @returns {runtime.v1.UInt64Value} UInt64Value instance
             */
            UInt64Value.create = function create(properties) {
                return new UInt64Value(properties);
            };

            /**
             * Encodes the specified UInt64Value message. Does not implicitly {@link runtime.v1.UInt64Value.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.UInt64Value
             * @static
             * @param {runtime.v1.IUInt64Value} message UInt64Value message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UInt64Value.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.value != null && Object.hasOwnProperty.call(message, "value"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.value);
                return writer;
            };

            /**
             * Decodes a UInt64Value message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.UInt64Value
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.UInt64Value} UInt64Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UInt64Value.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.UInt64Value();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.value = reader.uint64();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for UInt64Value
             * @function getTypeUrl
             * @memberof runtime.v1.UInt64Value
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            UInt64Value.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.UInt64Value";
            };

            return UInt64Value;
        })();

        v1.FilesystemIdentifier = (function() {

            /**
             * Properties of a FilesystemIdentifier.
             * @memberof runtime.v1
             * @interface IFilesystemIdentifier
             * @property {string|null} [mountpoint] FilesystemIdentifier mountpoint
             */

            /**
             * Constructs a new FilesystemIdentifier.
             * @memberof runtime.v1
             * @classdesc Represents a FilesystemIdentifier.
             * @implements IFilesystemIdentifier
             * @constructor
             * @param {runtime.v1.IFilesystemIdentifier=} [properties] Properties to set
             */
            function FilesystemIdentifier(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * FilesystemIdentifier mountpoint.
             * @member {string} mountpoint
             * @memberof runtime.v1.FilesystemIdentifier
             * @instance
             */
            FilesystemIdentifier.prototype.mountpoint = "";

            /**
             * Creates a new FilesystemIdentifier instance using the specified properties.
             * @function create
             * @memberof runtime.v1.FilesystemIdentifier
             * @static
             * @param {runtime.v1.IFilesystemIdentifier=} [properties] Properties to set
             * @returns {runtime.v1.FilesystemIdentifier} FilesystemIdentifier instance
             */
            FilesystemIdentifier.create = function create(properties) {
                return new FilesystemIdentifier(properties);
            };

            /**
             * Encodes the specified FilesystemIdentifier message. Does not implicitly {@link runtime.v1.FilesystemIdentifier.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.FilesystemIdentifier
             * @static
             * @param {runtime.v1.IFilesystemIdentifier} message FilesystemIdentifier message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FilesystemIdentifier.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.mountpoint != null && Object.hasOwnProperty.call(message, "mountpoint"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.mountpoint);
                return writer;
            };

            /**
             * Decodes a FilesystemIdentifier message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.FilesystemIdentifier
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.FilesystemIdentifier} FilesystemIdentifier
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FilesystemIdentifier.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.FilesystemIdentifier();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.mountpoint = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for FilesystemIdentifier
             * @function getTypeUrl
             * @memberof runtime.v1.FilesystemIdentifier
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            FilesystemIdentifier.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.FilesystemIdentifier";
            };

            return FilesystemIdentifier;
        })();

        v1.FilesystemUsage = (function() {

            /**
             * Properties of a FilesystemUsage.
             * @memberof runtime.v1
             * @interface IFilesystemUsage
             * @property {number|null} [timestamp] FilesystemUsage timestamp
             * @property {runtime.v1.IFilesystemIdentifier|null} [fsId] FilesystemUsage fsId
             * @property {runtime.v1.IUInt64Value|null} [usedBytes] FilesystemUsage usedBytes
             * @property {runtime.v1.IUInt64Value|null} [inodesUsed] FilesystemUsage inodesUsed
             */

            /**
             * Constructs a new FilesystemUsage.
             * @memberof runtime.v1
             * @classdesc Represents a FilesystemUsage.
             * @implements IFilesystemUsage
             * @constructor
             * @param {runtime.v1.IFilesystemUsage=} [properties] Properties to set
             */
            function FilesystemUsage(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * FilesystemUsage timestamp.
             * @member {number} timestamp
             * @memberof runtime.v1.FilesystemUsage
             * @instance
             */
            FilesystemUsage.prototype.timestamp = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * FilesystemUsage fsId.
             * @member {runtime.v1.IFilesystemIdentifier|null|undefined} fsId
             * @memberof runtime.v1.FilesystemUsage
             * @instance
             */
            FilesystemUsage.prototype.fsId = null;

            /**
             * FilesystemUsage usedBytes.
             * @member {runtime.v1.IUInt64Value|null|undefined} usedBytes
             * @memberof runtime.v1.FilesystemUsage
             * @instance
             */
            FilesystemUsage.prototype.usedBytes = null;

            /**
             * FilesystemUsage inodesUsed.
             * @member {runtime.v1.IUInt64Value|null|undefined} inodesUsed
             * @memberof runtime.v1.FilesystemUsage
             * @instance
             */
            FilesystemUsage.prototype.inodesUsed = null;

            /**
             * Creates a new FilesystemUsage instance using the specified properties.
             * @function create
             * @memberof runtime.v1.FilesystemUsage
             * @static
             * @param {runtime.v1.IFilesystemUsage=} [properties] Properties to set
             * @returns {runtime.v1.FilesystemUsage} FilesystemUsage instance
             */
            FilesystemUsage.create = function create(properties) {
                return new FilesystemUsage(properties);
            };

            /**
             * Encodes the specified FilesystemUsage message. Does not implicitly {@link runtime.v1.FilesystemUsage.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.FilesystemUsage
             * @static
             * @param {runtime.v1.IFilesystemUsage} message FilesystemUsage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FilesystemUsage.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.timestamp != null && Object.hasOwnProperty.call(message, "timestamp"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.timestamp);
                if (message.fsId != null && Object.hasOwnProperty.call(message, "fsId"))
                    $root.runtime.v1.FilesystemIdentifier.encode(message.fsId, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (message.usedBytes != null && Object.hasOwnProperty.call(message, "usedBytes"))
                    $root.runtime.v1.UInt64Value.encode(message.usedBytes, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (message.inodesUsed != null && Object.hasOwnProperty.call(message, "inodesUsed"))
                    $root.runtime.v1.UInt64Value.encode(message.inodesUsed, writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a FilesystemUsage message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.FilesystemUsage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.FilesystemUsage} FilesystemUsage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FilesystemUsage.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.FilesystemUsage();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.timestamp = reader.int64();
                            break;
                        }
                    case 2: {
                            message.fsId = $root.runtime.v1.FilesystemIdentifier.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 3: {
                            message.usedBytes = $root.runtime.v1.UInt64Value.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 4: {
                            message.inodesUsed = $root.runtime.v1.UInt64Value.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for FilesystemUsage
             * @function getTypeUrl
             * @memberof runtime.v1.FilesystemUsage
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            FilesystemUsage.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.FilesystemUsage";
            };

            return FilesystemUsage;
        })();

        v1.ContainerStatsRequest = (function() {

            /**
             * Properties of a ContainerStatsRequest.
             * @memberof runtime.v1
             * @interface IContainerStatsRequest
             * @property {string|null} [containerId] ContainerStatsRequest containerId
             */

            /**
             * Constructs a new ContainerStatsRequest.
             * @memberof runtime.v1
             * @classdesc Represents a ContainerStatsRequest.
             * @implements IContainerStatsRequest
             * @constructor
             * @param {runtime.v1.IContainerStatsRequest=} [properties] Properties to set
             */
            function ContainerStatsRequest(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ContainerStatsRequest containerId.
             * @member {string} containerId
             * @memberof runtime.v1.ContainerStatsRequest
             * @instance
             */
            ContainerStatsRequest.prototype.containerId = "";

            /**
             * Creates a new ContainerStatsRequest instance using the specified properties.
             * @function create
             * @memberof runtime.v1.ContainerStatsRequest
             * @static
             * @param {runtime.v1.IContainerStatsRequest=} [properties] Properties to set
             * @returns {runtime.v1.ContainerStatsRequest} ContainerStatsRequest instance
             */
            ContainerStatsRequest.create = function create(properties) {
                return new ContainerStatsRequest(properties);
            };

            /**
             * Encodes the specified ContainerStatsRequest message. Does not implicitly {@link runtime.v1.ContainerStatsRequest.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.ContainerStatsRequest
             * @static
             * @param {runtime.v1.IContainerStatsRequest} message ContainerStatsRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ContainerStatsRequest.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.containerId != null && Object.hasOwnProperty.call(message, "containerId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.containerId);
                return writer;
            };

            /**
             * Decodes a ContainerStatsRequest message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.ContainerStatsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.ContainerStatsRequest} ContainerStatsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ContainerStatsRequest.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.ContainerStatsRequest();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.containerId = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for ContainerStatsRequest
             * @function getTypeUrl
             * @memberof runtime.v1.ContainerStatsRequest
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ContainerStatsRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.ContainerStatsRequest";
            };

            return ContainerStatsRequest;
        })();

        v1.ContainerStatsResponse = (function() {

            /**
             * Properties of a ContainerStatsResponse.
             * @memberof runtime.v1
             * @interface IContainerStatsResponse
             * @property {runtime.v1.IContainerStats|null} [stats] ContainerStatsResponse stats
             */

            /**
             * Constructs a new ContainerStatsResponse.
             * @memberof runtime.v1
             * @classdesc Represents a ContainerStatsResponse.
             * @implements IContainerStatsResponse
             * @constructor
             * @param {runtime.v1.IContainerStatsResponse=} [properties] Properties to set
             */
            function ContainerStatsResponse(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ContainerStatsResponse stats.
             * @member {runtime.v1.IContainerStats|null|undefined} stats
             * @memberof runtime.v1.ContainerStatsResponse
             * @instance
             */
            ContainerStatsResponse.prototype.stats = null;

            /**
             * Creates a new ContainerStatsResponse instance using the specified properties.
             * @function create
             * @memberof runtime.v1.ContainerStatsResponse
             * @static
             * @param {runtime.v1.IContainerStatsResponse=} [properties] Properties to set
             * @returns {runtime.v1.ContainerStatsResponse} ContainerStatsResponse instance
             */
            ContainerStatsResponse.create = function create(properties) {
                return new ContainerStatsResponse(properties);
            };

            /**
             * Encodes the specified ContainerStatsResponse message. Does not implicitly {@link runtime.v1.ContainerStatsResponse.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.ContainerStatsResponse
             * @static
             * @param {runtime.v1.IContainerStatsResponse} message ContainerStatsResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ContainerStatsResponse.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.stats != null && Object.hasOwnProperty.call(message, "stats"))
                    $root.runtime.v1.ContainerStats.encode(message.stats, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a ContainerStatsResponse message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.ContainerStatsResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.ContainerStatsResponse} ContainerStatsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ContainerStatsResponse.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.ContainerStatsResponse();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.stats = $root.runtime.v1.ContainerStats.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for ContainerStatsResponse
             * @function getTypeUrl
             * @memberof runtime.v1.ContainerStatsResponse
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ContainerStatsResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.ContainerStatsResponse";
            };

            return ContainerStatsResponse;
        })();

        v1.ListContainerStatsRequest = (function() {

            /**
             * Properties of a ListContainerStatsRequest.
             * @memberof runtime.v1
             * @interface IListContainerStatsRequest
             * @property {runtime.v1.IContainerStatsFilter|null} [filter] ListContainerStatsRequest filter
             */

            /**
             * Constructs a new ListContainerStatsRequest.
             * @memberof runtime.v1
             * @classdesc Represents a ListContainerStatsRequest.
             * @implements IListContainerStatsRequest
             * @constructor
             * @param {runtime.v1.IListContainerStatsRequest=} [properties] Properties to set
             */
            function ListContainerStatsRequest(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ListContainerStatsRequest filter.
             * @member {runtime.v1.IContainerStatsFilter|null|undefined} filter
             * @memberof runtime.v1.ListContainerStatsRequest
             * @instance
             */
            ListContainerStatsRequest.prototype.filter = null;

            /**
             * Creates a new ListContainerStatsRequest instance using the specified properties.
             * @function create
             * @memberof runtime.v1.ListContainerStatsRequest
             * @static
             * @param {runtime.v1.IListContainerStatsRequest=} [properties] Properties to set
             * @returns {runtime.v1.ListContainerStatsRequest} ListContainerStatsRequest instance
             */
            ListContainerStatsRequest.create = function create(properties) {
                return new ListContainerStatsRequest(properties);
            };

            /**
             * Encodes the specified ListContainerStatsRequest message. Does not implicitly {@link runtime.v1.ListContainerStatsRequest.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.ListContainerStatsRequest
             * @static
             * @param {runtime.v1.IListContainerStatsRequest} message ListContainerStatsRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListContainerStatsRequest.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.filter != null && Object.hasOwnProperty.call(message, "filter"))
                    $root.runtime.v1.ContainerStatsFilter.encode(message.filter, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a ListContainerStatsRequest message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.ListContainerStatsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.ListContainerStatsRequest} ListContainerStatsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListContainerStatsRequest.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.ListContainerStatsRequest();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.filter = $root.runtime.v1.ContainerStatsFilter.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for ListContainerStatsRequest
             * @function getTypeUrl
             * @memberof runtime.v1.ListContainerStatsRequest
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ListContainerStatsRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.ListContainerStatsRequest";
            };

            return ListContainerStatsRequest;
        })();

        v1.ContainerStatsFilter = (function() {

            /**
             * Properties of a ContainerStatsFilter.
             * @memberof runtime.v1
             * @interface IContainerStatsFilter
             * @property {string|null} [id] ContainerStatsFilter id
             * @property {string|null} [podSandboxId] ContainerStatsFilter podSandboxId
             * @property {Object.<string,string>|null} [labelSelector] ContainerStatsFilter labelSelector
             */

            /**
             * Constructs a new ContainerStatsFilter.
             * @memberof runtime.v1
             * @classdesc Represents a ContainerStatsFilter.
             * @implements IContainerStatsFilter
             * @constructor
             * @param {runtime.v1.IContainerStatsFilter=} [properties] Properties to set
             */
            function ContainerStatsFilter(properties) {
                this.labelSelector = {};
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ContainerStatsFilter id.
             * @member {string} id
             * @memberof runtime.v1.ContainerStatsFilter
             * @instance
             */
            ContainerStatsFilter.prototype.id = "";

            /**
             * ContainerStatsFilter podSandboxId.
             * @member {string} podSandboxId
             * @memberof runtime.v1.ContainerStatsFilter
             * @instance
             */
            ContainerStatsFilter.prototype.podSandboxId = "";

            /**
             * ContainerStatsFilter labelSelector.
             * @member {Object.<string,string>} labelSelector
             * @memberof runtime.v1.ContainerStatsFilter
             * @instance
             */
            ContainerStatsFilter.prototype.labelSelector = $util.emptyObject;

            /**
             * Creates a new ContainerStatsFilter instance using the specified properties.
             * @function create
             * @memberof runtime.v1.ContainerStatsFilter
             * @static
             * @param {runtime.v1.IContainerStatsFilter=} [properties] Properties to set
             * @returns {runtime.v1.ContainerStatsFilter} ContainerStatsFilter instance
             */
            ContainerStatsFilter.create = function create(properties) {
                return new ContainerStatsFilter(properties);
            };

            /**
             * Encodes the specified ContainerStatsFilter message. Does not implicitly {@link runtime.v1.ContainerStatsFilter.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.ContainerStatsFilter
             * @static
             * @param {runtime.v1.IContainerStatsFilter} message ContainerStatsFilter message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ContainerStatsFilter.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                if (message.podSandboxId != null && Object.hasOwnProperty.call(message, "podSandboxId"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.podSandboxId);
                if (message.labelSelector != null && Object.hasOwnProperty.call(message, "labelSelector"))
                    for (let keys = Object.keys(message.labelSelector), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.labelSelector[keys[i]]).ldelim();
                return writer;
            };

            /**
             * Decodes a ContainerStatsFilter message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.ContainerStatsFilter
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.ContainerStatsFilter} ContainerStatsFilter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ContainerStatsFilter.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message, key, value;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.ContainerStatsFilter();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.id = reader.string();
                            break;
                        }
                    case 2: {
                            message.podSandboxId = reader.string();
                            break;
                        }
                    case 3: {
                            if (message.labelSelector === $util.emptyObject)
                                message.labelSelector = {};
                            let end2 = reader.uint32() + reader.pos;
                            if (end2 > reader.len)
                                throw RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.uint32();
                                switch (tag2 >>> 3) {
                                case 1:
                                    key = reader.string();
                                    break;
                                case 2:
                                    value = reader.string();
                                    break;
                                default:
                                    reader.skipType(tag2 & 7, long);
                                    break;
                                }
                            }
                            if (reader.pos !== end2)
                                throw RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.labelSelector, key);
                            message.labelSelector[key] = value;
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for ContainerStatsFilter
             * @function getTypeUrl
             * @memberof runtime.v1.ContainerStatsFilter
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ContainerStatsFilter.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.ContainerStatsFilter";
            };

            return ContainerStatsFilter;
        })();

        v1.ListContainerStatsResponse = (function() {

            /**
             * Properties of a ListContainerStatsResponse.
             * @memberof runtime.v1
             * @interface IListContainerStatsResponse
             * @property {Array.<runtime.v1.IContainerStats>|null} [stats] ListContainerStatsResponse stats
             */

            /**
             * Constructs a new ListContainerStatsResponse.
             * @memberof runtime.v1
             * @classdesc Represents a ListContainerStatsResponse.
             * @implements IListContainerStatsResponse
             * @constructor
             * @param {runtime.v1.IListContainerStatsResponse=} [properties] Properties to set
             */
            function ListContainerStatsResponse(properties) {
                this.stats = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ListContainerStatsResponse stats.
             * @member {Array.<runtime.v1.IContainerStats>} stats
             * @memberof runtime.v1.ListContainerStatsResponse
             * @instance
             */
            ListContainerStatsResponse.prototype.stats = $util.emptyArray;

            /**
             * Creates a new ListContainerStatsResponse instance using the specified properties.
             * @function create
             * @memberof runtime.v1.ListContainerStatsResponse
             * @static
             * @param {runtime.v1.IListContainerStatsResponse=} [properties] Properties to set
             * @returns {runtime.v1.ListContainerStatsResponse} ListContainerStatsResponse instance
             */
            ListContainerStatsResponse.create = function create(properties) {
                return new ListContainerStatsResponse(properties);
            };

            /**
             * Encodes the specified ListContainerStatsResponse message. Does not implicitly {@link runtime.v1.ListContainerStatsResponse.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.ListContainerStatsResponse
             * @static
             * @param {runtime.v1.IListContainerStatsResponse} message ListContainerStatsResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListContainerStatsResponse.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.stats != null && message.stats.length)
                    for (let i = 0; i < message.stats.length; ++i)
                        $root.runtime.v1.ContainerStats.encode(message.stats[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a ListContainerStatsResponse message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.ListContainerStatsResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.ListContainerStatsResponse} ListContainerStatsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListContainerStatsResponse.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.ListContainerStatsResponse();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            if (!(message.stats && message.stats.length))
                                message.stats = [];
                            message.stats.push($root.runtime.v1.ContainerStats.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for ListContainerStatsResponse
             * @function getTypeUrl
             * @memberof runtime.v1.ListContainerStatsResponse
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ListContainerStatsResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.ListContainerStatsResponse";
            };

            return ListContainerStatsResponse;
        })();

        v1.ContainerAttributes = (function() {

            /**
             * Properties of a ContainerAttributes.
             * @memberof runtime.v1
             * @interface IContainerAttributes
             * @property {string|null} [id] ContainerAttributes id
             * @property {runtime.v1.IContainerMetadata|null} [metadata] ContainerAttributes metadata
             * @property {Object.<string,string>|null} [labels] ContainerAttributes labels
             * @property {Object.<string,string>|null} [annotations] ContainerAttributes annotations
             */

            /**
             * Constructs a new ContainerAttributes.
             * @memberof runtime.v1
             * @classdesc Represents a ContainerAttributes.
             * @implements IContainerAttributes
             * @constructor
             * @param {runtime.v1.IContainerAttributes=} [properties] Properties to set
             */
            function ContainerAttributes(properties) {
                this.labels = {};
                this.annotations = {};
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ContainerAttributes id.
             * @member {string} id
             * @memberof runtime.v1.ContainerAttributes
             * @instance
             */
            ContainerAttributes.prototype.id = "";

            /**
             * ContainerAttributes metadata.
             * @member {runtime.v1.IContainerMetadata|null|undefined} metadata
             * @memberof runtime.v1.ContainerAttributes
             * @instance
             */
            ContainerAttributes.prototype.metadata = null;

            /**
             * ContainerAttributes labels.
             * @member {Object.<string,string>} labels
             * @memberof runtime.v1.ContainerAttributes
             * @instance
             */
            ContainerAttributes.prototype.labels = $util.emptyObject;

            /**
             * ContainerAttributes annotations.
             * @member {Object.<string,string>} annotations
             * @memberof runtime.v1.ContainerAttributes
             * @instance
             */
            ContainerAttributes.prototype.annotations = $util.emptyObject;

            /**
             * Creates a new ContainerAttributes instance using the specified properties.
             * @function create
             * @memberof runtime.v1.ContainerAttributes
             * @static
             * @param {runtime.v1.IContainerAttributes=} [properties] Properties to set
             * @returns {runtime.v1.ContainerAttributes} ContainerAttributes instance
             */
            ContainerAttributes.create = function create(properties) {
                return new ContainerAttributes(properties);
            };

            /**
             * Encodes the specified ContainerAttributes message. Does not implicitly {@link runtime.v1.ContainerAttributes.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.ContainerAttributes
             * @static
             * @param {runtime.v1.IContainerAttributes} message ContainerAttributes message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ContainerAttributes.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                if (message.metadata != null && Object.hasOwnProperty.call(message, "metadata"))
                    $root.runtime.v1.ContainerMetadata.encode(message.metadata, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (message.labels != null && Object.hasOwnProperty.call(message, "labels"))
                    for (let keys = Object.keys(message.labels), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.labels[keys[i]]).ldelim();
                if (message.annotations != null && Object.hasOwnProperty.call(message, "annotations"))
                    for (let keys = Object.keys(message.annotations), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.annotations[keys[i]]).ldelim();
                return writer;
            };

            /**
             * Decodes a ContainerAttributes message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.ContainerAttributes
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.ContainerAttributes} ContainerAttributes
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ContainerAttributes.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message, key, value;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.ContainerAttributes();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.id = reader.string();
                            break;
                        }
                    case 2: {
                            message.metadata = $root.runtime.v1.ContainerMetadata.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 3: {
                            if (message.labels === $util.emptyObject)
                                message.labels = {};
                            let end2 = reader.uint32() + reader.pos;
                            if (end2 > reader.len)
                                throw RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.uint32();
                                switch (tag2 >>> 3) {
                                case 1:
                                    key = reader.string();
                                    break;
                                case 2:
                                    value = reader.string();
                                    break;
                                default:
                                    reader.skipType(tag2 & 7, long);
                                    break;
                                }
                            }
                            if (reader.pos !== end2)
                                throw RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.labels, key);
                            message.labels[key] = value;
                            break;
                        }
                    case 4: {
                            if (message.annotations === $util.emptyObject)
                                message.annotations = {};
                            let end2 = reader.uint32() + reader.pos;
                            if (end2 > reader.len)
                                throw RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.uint32();
                                switch (tag2 >>> 3) {
                                case 1:
                                    key = reader.string();
                                    break;
                                case 2:
                                    value = reader.string();
                                    break;
                                default:
                                    reader.skipType(tag2 & 7, long);
                                    break;
                                }
                            }
                            if (reader.pos !== end2)
                                throw RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.annotations, key);
                            message.annotations[key] = value;
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for ContainerAttributes
             * @function getTypeUrl
             * @memberof runtime.v1.ContainerAttributes
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ContainerAttributes.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.ContainerAttributes";
            };

            return ContainerAttributes;
        })();

        v1.ContainerStats = (function() {

            /**
             * Properties of a ContainerStats.
             * @memberof runtime.v1
             * @interface IContainerStats
             * @property {runtime.v1.IContainerAttributes|null} [attributes] ContainerStats attributes
             * @property {runtime.v1.ICpuUsage|null} [cpu] ContainerStats cpu
             * @property {runtime.v1.IMemoryUsage|null} [memory] ContainerStats memory
             * @property {runtime.v1.IFilesystemUsage|null} [writableLayer] ContainerStats writableLayer
             */

            /**
             * Constructs a new ContainerStats.
             * @memberof runtime.v1
             * @classdesc Represents a ContainerStats.
             * @implements IContainerStats
             * @constructor
             * @param {runtime.v1.IContainerStats=} [properties] Properties to set
             */
            function ContainerStats(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ContainerStats attributes.
             * @member {runtime.v1.IContainerAttributes|null|undefined} attributes
             * @memberof runtime.v1.ContainerStats
             * @instance
             */
            ContainerStats.prototype.attributes = null;

            /**
             * ContainerStats cpu.
             * @member {runtime.v1.ICpuUsage|null|undefined} cpu
             * @memberof runtime.v1.ContainerStats
             * @instance
             */
            ContainerStats.prototype.cpu = null;

            /**
             * ContainerStats memory.
             * @member {runtime.v1.IMemoryUsage|null|undefined} memory
             * @memberof runtime.v1.ContainerStats
             * @instance
             */
            ContainerStats.prototype.memory = null;

            /**
             * ContainerStats writableLayer.
             * @member {runtime.v1.IFilesystemUsage|null|undefined} writableLayer
             * @memberof runtime.v1.ContainerStats
             * @instance
             */
            ContainerStats.prototype.writableLayer = null;

            /**
             * Creates a new ContainerStats instance using the specified properties.
             * @function create
             * @memberof runtime.v1.ContainerStats
             * @static
             * @param {runtime.v1.IContainerStats=} [properties] Properties to set
             * @returns {runtime.v1.ContainerStats} ContainerStats instance
             */
            ContainerStats.create = function create(properties) {
                return new ContainerStats(properties);
            };

            /**
             * Encodes the specified ContainerStats message. Does not implicitly {@link runtime.v1.ContainerStats.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.ContainerStats
             * @static
             * @param {runtime.v1.IContainerStats} message ContainerStats message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ContainerStats.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.attributes != null && Object.hasOwnProperty.call(message, "attributes"))
                    $root.runtime.v1.ContainerAttributes.encode(message.attributes, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (message.cpu != null && Object.hasOwnProperty.call(message, "cpu"))
                    $root.runtime.v1.CpuUsage.encode(message.cpu, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (message.memory != null && Object.hasOwnProperty.call(message, "memory"))
                    $root.runtime.v1.MemoryUsage.encode(message.memory, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (message.writableLayer != null && Object.hasOwnProperty.call(message, "writableLayer"))
                    $root.runtime.v1.FilesystemUsage.encode(message.writableLayer, writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a ContainerStats message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.ContainerStats
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.ContainerStats} ContainerStats
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ContainerStats.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.ContainerStats();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.attributes = $root.runtime.v1.ContainerAttributes.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 2: {
                            message.cpu = $root.runtime.v1.CpuUsage.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 3: {
                            message.memory = $root.runtime.v1.MemoryUsage.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 4: {
                            message.writableLayer = $root.runtime.v1.FilesystemUsage.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for ContainerStats
             * @function getTypeUrl
             * @memberof runtime.v1.ContainerStats
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ContainerStats.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.ContainerStats";
            };

            return ContainerStats;
        })();

        v1.CpuUsage = (function() {

            /**
             * Properties of a CpuUsage.
             * @memberof runtime.v1
             * @interface ICpuUsage
             * @property {number|null} [timestamp] CpuUsage timestamp
             * @property {runtime.v1.IUInt64Value|null} [usageCoreNanoSeconds] CpuUsage usageCoreNanoSeconds
             * @property {runtime.v1.IUInt64Value|null} [usageNanoCores] CpuUsage usageNanoCores
             */

            /**
             * Constructs a new CpuUsage.
             * @memberof runtime.v1
             * @classdesc Represents a CpuUsage.
             * @implements ICpuUsage
             * @constructor
             * @param {runtime.v1.ICpuUsage=} [properties] Properties to set
             */
            function CpuUsage(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * CpuUsage timestamp.
             * @member {number} timestamp
             * @memberof runtime.v1.CpuUsage
             * @instance
             */
            CpuUsage.prototype.timestamp = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * CpuUsage usageCoreNanoSeconds.
             * @member {runtime.v1.IUInt64Value|null|undefined} usageCoreNanoSeconds
             * @memberof runtime.v1.CpuUsage
             * @instance
             */
            CpuUsage.prototype.usageCoreNanoSeconds = null;

            /**
             * CpuUsage usageNanoCores.
             * @member {runtime.v1.IUInt64Value|null|undefined} usageNanoCores
             * @memberof runtime.v1.CpuUsage
             * @instance
             */
            CpuUsage.prototype.usageNanoCores = null;

            /**
             * Creates a new CpuUsage instance using the specified properties.
             * @function create
             * @memberof runtime.v1.CpuUsage
             * @static
             * @param {runtime.v1.ICpuUsage=} [properties] Properties to set
             * @returns {runtime.v1.CpuUsage} CpuUsage instance
             */
            CpuUsage.create = function create(properties) {
                return new CpuUsage(properties);
            };

            /**
             * Encodes the specified CpuUsage message. Does not implicitly {@link runtime.v1.CpuUsage.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.CpuUsage
             * @static
             * @param {runtime.v1.ICpuUsage} message CpuUsage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CpuUsage.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.timestamp != null && Object.hasOwnProperty.call(message, "timestamp"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.timestamp);
                if (message.usageCoreNanoSeconds != null && Object.hasOwnProperty.call(message, "usageCoreNanoSeconds"))
                    $root.runtime.v1.UInt64Value.encode(message.usageCoreNanoSeconds, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (message.usageNanoCores != null && Object.hasOwnProperty.call(message, "usageNanoCores"))
                    $root.runtime.v1.UInt64Value.encode(message.usageNanoCores, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a CpuUsage message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.CpuUsage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.CpuUsage} CpuUsage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CpuUsage.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.CpuUsage();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.timestamp = reader.int64();
                            break;
                        }
                    case 2: {
                            message.usageCoreNanoSeconds = $root.runtime.v1.UInt64Value.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 3: {
                            message.usageNanoCores = $root.runtime.v1.UInt64Value.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for CpuUsage
             * @function getTypeUrl
             * @memberof runtime.v1.CpuUsage
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            CpuUsage.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.CpuUsage";
            };

            return CpuUsage;
        })();

        v1.MemoryUsage = (function() {

            /**
             * Properties of a MemoryUsage.
             * @memberof runtime.v1
             * @interface IMemoryUsage
             * @property {number|null} [timestamp] MemoryUsage timestamp
             * @property {runtime.v1.IUInt64Value|null} [workingSetBytes] MemoryUsage workingSetBytes
             * @property {runtime.v1.IUInt64Value|null} [availableBytes] MemoryUsage availableBytes
             * @property {runtime.v1.IUInt64Value|null} [usageBytes] MemoryUsage usageBytes
             * @property {runtime.v1.IUInt64Value|null} [rssBytes] MemoryUsage rssBytes
             * @property {runtime.v1.IUInt64Value|null} [pageFaults] MemoryUsage pageFaults
             * @property {runtime.v1.IUInt64Value|null} [majorPageFaults] MemoryUsage majorPageFaults
             */

            /**
             * Constructs a new MemoryUsage.
             * @memberof runtime.v1
             * @classdesc Represents a MemoryUsage.
             * @implements IMemoryUsage
             * @constructor
             * @param {runtime.v1.IMemoryUsage=} [properties] Properties to set
             */
            function MemoryUsage(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * MemoryUsage timestamp.
             * @member {number} timestamp
             * @memberof runtime.v1.MemoryUsage
             * @instance
             */
            MemoryUsage.prototype.timestamp = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * MemoryUsage workingSetBytes.
             * @member {runtime.v1.IUInt64Value|null|undefined} workingSetBytes
             * @memberof runtime.v1.MemoryUsage
             * @instance
             */
            MemoryUsage.prototype.workingSetBytes = null;

            /**
             * MemoryUsage availableBytes.
             * @member {runtime.v1.IUInt64Value|null|undefined} availableBytes
             * @memberof runtime.v1.MemoryUsage
             * @instance
             */
            MemoryUsage.prototype.availableBytes = null;

            /**
             * MemoryUsage usageBytes.
             * @member {runtime.v1.IUInt64Value|null|undefined} usageBytes
             * @memberof runtime.v1.MemoryUsage
             * @instance
             */
            MemoryUsage.prototype.usageBytes = null;

            /**
             * MemoryUsage rssBytes.
             * @member {runtime.v1.IUInt64Value|null|undefined} rssBytes
             * @memberof runtime.v1.MemoryUsage
             * @instance
             */
            MemoryUsage.prototype.rssBytes = null;

            /**
             * MemoryUsage pageFaults.
             * @member {runtime.v1.IUInt64Value|null|undefined} pageFaults
             * @memberof runtime.v1.MemoryUsage
             * @instance
             */
            MemoryUsage.prototype.pageFaults = null;

            /**
             * MemoryUsage majorPageFaults.
             * @member {runtime.v1.IUInt64Value|null|undefined} majorPageFaults
             * @memberof runtime.v1.MemoryUsage
             * @instance
             */
            MemoryUsage.prototype.majorPageFaults = null;

            /**
             * Creates a new MemoryUsage instance using the specified properties.
             * @function create
             * @memberof runtime.v1.MemoryUsage
             * @static
             * @param {runtime.v1.IMemoryUsage=} [properties] Properties to set
             * @returns {runtime.v1.MemoryUsage} MemoryUsage instance
             */
            MemoryUsage.create = function create(properties) {
                return new MemoryUsage(properties);
            };

            /**
             * Encodes the specified MemoryUsage message. Does not implicitly {@link runtime.v1.MemoryUsage.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.MemoryUsage
             * @static
             * @param {runtime.v1.IMemoryUsage} message MemoryUsage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MemoryUsage.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.timestamp != null && Object.hasOwnProperty.call(message, "timestamp"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.timestamp);
                if (message.workingSetBytes != null && Object.hasOwnProperty.call(message, "workingSetBytes"))
                    $root.runtime.v1.UInt64Value.encode(message.workingSetBytes, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (message.availableBytes != null && Object.hasOwnProperty.call(message, "availableBytes"))
                    $root.runtime.v1.UInt64Value.encode(message.availableBytes, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (message.usageBytes != null && Object.hasOwnProperty.call(message, "usageBytes"))
                    $root.runtime.v1.UInt64Value.encode(message.usageBytes, writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                if (message.rssBytes != null && Object.hasOwnProperty.call(message, "rssBytes"))
                    $root.runtime.v1.UInt64Value.encode(message.rssBytes, writer.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                if (message.pageFaults != null && Object.hasOwnProperty.call(message, "pageFaults"))
                    $root.runtime.v1.UInt64Value.encode(message.pageFaults, writer.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                if (message.majorPageFaults != null && Object.hasOwnProperty.call(message, "majorPageFaults"))
                    $root.runtime.v1.UInt64Value.encode(message.majorPageFaults, writer.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a MemoryUsage message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.MemoryUsage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.MemoryUsage} MemoryUsage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MemoryUsage.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.MemoryUsage();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.timestamp = reader.int64();
                            break;
                        }
                    case 2: {
                            message.workingSetBytes = $root.runtime.v1.UInt64Value.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 3: {
                            message.availableBytes = $root.runtime.v1.UInt64Value.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 4: {
                            message.usageBytes = $root.runtime.v1.UInt64Value.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 5: {
                            message.rssBytes = $root.runtime.v1.UInt64Value.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 6: {
                            message.pageFaults = $root.runtime.v1.UInt64Value.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 7: {
                            message.majorPageFaults = $root.runtime.v1.UInt64Value.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for MemoryUsage
             * @function getTypeUrl
             * @memberof runtime.v1.MemoryUsage
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            MemoryUsage.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.MemoryUsage";
            };

            return MemoryUsage;
        })();

        v1.ReopenContainerLogRequest = (function() {

            /**
             * Properties of a ReopenContainerLogRequest.
             * @memberof runtime.v1
             * @interface IReopenContainerLogRequest
             * @property {string|null} [containerId] ReopenContainerLogRequest containerId
             */

            /**
             * Constructs a new ReopenContainerLogRequest.
             * @memberof runtime.v1
             * @classdesc Represents a ReopenContainerLogRequest.
             * @implements IReopenContainerLogRequest
             * @constructor
             * @param {runtime.v1.IReopenContainerLogRequest=} [properties] Properties to set
             */
            function ReopenContainerLogRequest(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ReopenContainerLogRequest containerId.
             * @member {string} containerId
             * @memberof runtime.v1.ReopenContainerLogRequest
             * @instance
             */
            ReopenContainerLogRequest.prototype.containerId = "";

            /**
             * Creates a new ReopenContainerLogRequest instance using the specified properties.
             * @function create
             * @memberof runtime.v1.ReopenContainerLogRequest
             * @static
             * @param {runtime.v1.IReopenContainerLogRequest=} [properties] Properties to set
             * @returns {runtime.v1.ReopenContainerLogRequest} ReopenContainerLogRequest instance
             */
            ReopenContainerLogRequest.create = function create(properties) {
                return new ReopenContainerLogRequest(properties);
            };

            /**
             * Encodes the specified ReopenContainerLogRequest message. Does not implicitly {@link runtime.v1.ReopenContainerLogRequest.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.ReopenContainerLogRequest
             * @static
             * @param {runtime.v1.IReopenContainerLogRequest} message ReopenContainerLogRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReopenContainerLogRequest.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.containerId != null && Object.hasOwnProperty.call(message, "containerId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.containerId);
                return writer;
            };

            /**
             * Decodes a ReopenContainerLogRequest message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.ReopenContainerLogRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.ReopenContainerLogRequest} ReopenContainerLogRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReopenContainerLogRequest.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.ReopenContainerLogRequest();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.containerId = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for ReopenContainerLogRequest
             * @function getTypeUrl
             * @memberof runtime.v1.ReopenContainerLogRequest
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ReopenContainerLogRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.ReopenContainerLogRequest";
            };

            return ReopenContainerLogRequest;
        })();

        v1.ReopenContainerLogResponse = (function() {

            /**
             * Properties of a ReopenContainerLogResponse.
             * @memberof runtime.v1
             * @interface IReopenContainerLogResponse
             */

            /**
             * Constructs a new ReopenContainerLogResponse.
             * @memberof runtime.v1
             * @classdesc Represents a ReopenContainerLogResponse.
             * @implements IReopenContainerLogResponse
             * @constructor
             * @param {runtime.v1.IReopenContainerLogResponse=} [properties] Properties to set
             */
            function ReopenContainerLogResponse(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Creates a new ReopenContainerLogResponse instance using the specified properties.
             * @function create
             * @memberof runtime.v1.ReopenContainerLogResponse
             * @static
             * @param {runtime.v1.IReopenContainerLogResponse=} [properties] Properties to set
             * @returns {runtime.v1.ReopenContainerLogResponse} ReopenContainerLogResponse instance
             */
            ReopenContainerLogResponse.create = function create(properties) {
                return new ReopenContainerLogResponse(properties);
            };

            /**
             * Encodes the specified ReopenContainerLogResponse message. Does not implicitly {@link runtime.v1.ReopenContainerLogResponse.verify|verify} messages.
             * @function encode
             * @memberof runtime.v1.ReopenContainerLogResponse
             * @static
             * @param {runtime.v1.IReopenContainerLogResponse} message ReopenContainerLogResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReopenContainerLogResponse.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                return writer;
            };

            /**
             * Decodes a ReopenContainerLogResponse message from the specified reader or buffer.
             * @function decode
             * @memberof runtime.v1.ReopenContainerLogResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtime.v1.ReopenContainerLogResponse} ReopenContainerLogResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReopenContainerLogResponse.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtime.v1.ReopenContainerLogResponse();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for ReopenContainerLogResponse
             * @function getTypeUrl
             * @memberof runtime.v1.ReopenContainerLogResponse
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ReopenContainerLogResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtime.v1.ReopenContainerLogResponse";
            };

            return ReopenContainerLogResponse;
        })();

        return v1;
    })();

    return runtime;
})();

export { $root as default };
