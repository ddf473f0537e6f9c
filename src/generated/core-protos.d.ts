import * as $protobuf from "protobufjs";
import Long = require("long");
/** Namespace ttrpc. */
export namespace ttrpc {

    /** Properties of a Request. */
    interface IRequest {

        /** Request service */
        service?: (string|null);

        /** Request method */
        method?: (string|null);

        /** Request payload */
        payload?: (Uint8Array|null);

        /** Request timeoutNano */
        timeoutNano?: (number|null);

        /** Request metadata */
        metadata?: (ttrpc.IKeyValue[]|null);
    }

    /** Represents a Request. */
    class Request implements IRequest {

        /**
         * Constructs a new Request.
         * @param [properties] Properties to set
         */
        constructor(properties?: ttrpc.IRequest);

        /** Request service. */
        public service: string;

        /** Request method. */
        public method: string;

        /** Request payload. */
        public payload: Uint8Array;

        /** Request timeoutNano. */
        public timeoutNano: number;

        /** Request metadata. */
        public metadata: ttrpc.IKeyValue[];

        /**
         * Creates a new Request instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Request instance
         */
        public static create(properties?: ttrpc.IRequest): ttrpc.Request;

        /**
         * Encodes the specified Request message. Does not implicitly {@link ttrpc.Request.verify|verify} messages.
         * @param message Request message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: ttrpc.IRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Request message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns Request
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ttrpc.Request;

        /**
         * Gets the default type url for Request
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a Response. */
    interface IResponse {

        /** Response status */
        status?: (google.rpc.IStatus|null);

        /** Response payload */
        payload?: (Uint8Array|null);
    }

    /** Represents a Response. */
    class Response implements IResponse {

        /**
         * Constructs a new Response.
         * @param [properties] Properties to set
         */
        constructor(properties?: ttrpc.IResponse);

        /** Response status. */
        public status?: (google.rpc.IStatus|null);

        /** Response payload. */
        public payload: Uint8Array;

        /**
         * Creates a new Response instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Response instance
         */
        public static create(properties?: ttrpc.IResponse): ttrpc.Response;

        /**
         * Encodes the specified Response message. Does not implicitly {@link ttrpc.Response.verify|verify} messages.
         * @param message Response message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: ttrpc.IResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Response message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns Response
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ttrpc.Response;

        /**
         * Gets the default type url for Response
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a StringList. */
    interface IStringList {

        /** StringList list */
        list?: (string[]|null);
    }

    /** Represents a StringList. */
    class StringList implements IStringList {

        /**
         * Constructs a new StringList.
         * @param [properties] Properties to set
         */
        constructor(properties?: ttrpc.IStringList);

        /** StringList list. */
        public list: string[];

        /**
         * Creates a new StringList instance using the specified properties.
         * @param [properties] Properties to set
         * @returns StringList instance
         */
        public static create(properties?: ttrpc.IStringList): ttrpc.StringList;

        /**
         * Encodes the specified StringList message. Does not implicitly {@link ttrpc.StringList.verify|verify} messages.
         * @param message StringList message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: ttrpc.IStringList, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a StringList message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns StringList
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ttrpc.StringList;

        /**
         * Gets the default type url for StringList
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
        constructor(properties?: ttrpc.IKeyValue);

        /** KeyValue key. */
        public key: string;

        /** KeyValue value. */
        public value: string;

        /**
         * Creates a new KeyValue instance using the specified properties.
         * @param [properties] Properties to set
         * @returns KeyValue instance
         */
        public static create(properties?: ttrpc.IKeyValue): ttrpc.KeyValue;

        /**
         * Encodes the specified KeyValue message. Does not implicitly {@link ttrpc.KeyValue.verify|verify} messages.
         * @param message KeyValue message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: ttrpc.IKeyValue, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a KeyValue message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns KeyValue
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ttrpc.KeyValue;

        /**
         * Gets the default type url for KeyValue
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }
}

/** Namespace google. */
export namespace google {

    /** Namespace protobuf. */
    namespace protobuf {

        /** Properties of an Any. */
        interface IAny {

            /** Any type_url */
            type_url?: (string|null);

            /** Any value */
            value?: (Uint8Array|null);
        }

        /** Represents an Any. */
        class Any implements IAny {

            /**
             * Constructs a new Any.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.IAny);

            /** Any type_url. */
            public type_url: string;

            /** Any value. */
            public value: Uint8Array;

            /**
             * Creates a new Any instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Any instance
             */
            public static create(properties?: google.protobuf.IAny): google.protobuf.Any;

            /**
             * Encodes the specified Any message. Does not implicitly {@link google.protobuf.Any.verify|verify} messages.
             * @param message Any message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: google.protobuf.IAny, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Any message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Any
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Any;

            /**
             * Gets the default type url for Any
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }
    }

    /** Namespace rpc. */
    namespace rpc {

        /** Properties of a Status. */
        interface IStatus {

            /** Status code */
            code?: (number|null);

            /** Status message */
            message?: (string|null);

            /** Status details */
            details?: (google.protobuf.IAny[]|null);
        }

        /** Represents a Status. */
        class Status implements IStatus {

            /**
             * Constructs a new Status.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.rpc.IStatus);

            /** Status code. */
            public code: number;

            /** Status message. */
            public message: string;

            /** Status details. */
            public details: google.protobuf.IAny[];

            /**
             * Creates a new Status instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Status instance
             */
            public static create(properties?: google.rpc.IStatus): google.rpc.Status;

            /**
             * Encodes the specified Status message. Does not implicitly {@link google.rpc.Status.verify|verify} messages.
             * @param message Status message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: google.rpc.IStatus, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Status message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Status
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.rpc.Status;

            /**
             * Gets the default type url for Status
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }
    }
}

/** Namespace tandem. */
export namespace tandem {

    /** Namespace agent. */
    namespace agent {

        /** Namespace v1. */
        namespace v1 {

            /** Represents an Agent */
            class Agent extends $protobuf.rpc.Service {

                /**
                 * Constructs a new Agent service.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 */
                constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

                /**
                 * Creates new Agent service using the specified rpc implementation.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 * @returns RPC service. Useful where requests and/or responses are streamed.
                 */
                public static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Agent;

                /**
                 * Calls Hello.
                 * @param request HelloRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and HelloResponse
                 */
                public hello(request: tandem.agent.v1.IHelloRequest, callback: tandem.agent.v1.Agent.HelloCallback): void;

                /**
                 * Calls Hello.
                 * @param request HelloRequest message or plain object
                 * @returns Promise
                 */
                public hello(request: tandem.agent.v1.IHelloRequest): Promise<tandem.agent.v1.HelloResponse>;

                /**
                 * Calls Ping.
                 * @param request PingRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and PingResponse
                 */
                public ping(request: tandem.agent.v1.IPingRequest, callback: tandem.agent.v1.Agent.PingCallback): void;

                /**
                 * Calls Ping.
                 * @param request PingRequest message or plain object
                 * @returns Promise
                 */
                public ping(request: tandem.agent.v1.IPingRequest): Promise<tandem.agent.v1.PingResponse>;

                /**
                 * Calls Poweroff.
                 * @param request PoweroffRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and PoweroffResponse
                 */
                public poweroff(request: tandem.agent.v1.IPoweroffRequest, callback: tandem.agent.v1.Agent.PoweroffCallback): void;

                /**
                 * Calls Poweroff.
                 * @param request PoweroffRequest message or plain object
                 * @returns Promise
                 */
                public poweroff(request: tandem.agent.v1.IPoweroffRequest): Promise<tandem.agent.v1.PoweroffResponse>;

                /**
                 * Calls CreateContainer.
                 * @param request CreateContainerRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and CreateContainerResponse
                 */
                public createContainer(request: tandem.agent.v1.ICreateContainerRequest, callback: tandem.agent.v1.Agent.CreateContainerCallback): void;

                /**
                 * Calls CreateContainer.
                 * @param request CreateContainerRequest message or plain object
                 * @returns Promise
                 */
                public createContainer(request: tandem.agent.v1.ICreateContainerRequest): Promise<tandem.agent.v1.CreateContainerResponse>;

                /**
                 * Calls Start.
                 * @param request StartRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and StartResponse
                 */
                public start(request: tandem.agent.v1.IStartRequest, callback: tandem.agent.v1.Agent.StartCallback): void;

                /**
                 * Calls Start.
                 * @param request StartRequest message or plain object
                 * @returns Promise
                 */
                public start(request: tandem.agent.v1.IStartRequest): Promise<tandem.agent.v1.StartResponse>;

                /**
                 * Calls Exec.
                 * @param request ExecRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and ExecResponse
                 */
                public exec(request: tandem.agent.v1.IExecRequest, callback: tandem.agent.v1.Agent.ExecCallback): void;

                /**
                 * Calls Exec.
                 * @param request ExecRequest message or plain object
                 * @returns Promise
                 */
                public exec(request: tandem.agent.v1.IExecRequest): Promise<tandem.agent.v1.ExecResponse>;

                /**
                 * Calls Kill.
                 * @param request KillRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and KillResponse
                 */
                public kill(request: tandem.agent.v1.IKillRequest, callback: tandem.agent.v1.Agent.KillCallback): void;

                /**
                 * Calls Kill.
                 * @param request KillRequest message or plain object
                 * @returns Promise
                 */
                public kill(request: tandem.agent.v1.IKillRequest): Promise<tandem.agent.v1.KillResponse>;

                /**
                 * Calls Wait.
                 * @param request WaitRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and WaitResponse
                 */
                public wait(request: tandem.agent.v1.IWaitRequest, callback: tandem.agent.v1.Agent.WaitCallback): void;

                /**
                 * Calls Wait.
                 * @param request WaitRequest message or plain object
                 * @returns Promise
                 */
                public wait(request: tandem.agent.v1.IWaitRequest): Promise<tandem.agent.v1.WaitResponse>;

                /**
                 * Calls WaitOom.
                 * @param request WaitOomRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and WaitOomResponse
                 */
                public waitOom(request: tandem.agent.v1.IWaitOomRequest, callback: tandem.agent.v1.Agent.WaitOomCallback): void;

                /**
                 * Calls WaitOom.
                 * @param request WaitOomRequest message or plain object
                 * @returns Promise
                 */
                public waitOom(request: tandem.agent.v1.IWaitOomRequest): Promise<tandem.agent.v1.WaitOomResponse>;

                /**
                 * Calls Pids.
                 * @param request PidsRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and PidsResponse
                 */
                public pids(request: tandem.agent.v1.IPidsRequest, callback: tandem.agent.v1.Agent.PidsCallback): void;

                /**
                 * Calls Pids.
                 * @param request PidsRequest message or plain object
                 * @returns Promise
                 */
                public pids(request: tandem.agent.v1.IPidsRequest): Promise<tandem.agent.v1.PidsResponse>;

                /**
                 * Calls Stats.
                 * @param request StatsRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and StatsResponse
                 */
                public stats(request: tandem.agent.v1.IStatsRequest, callback: tandem.agent.v1.Agent.StatsCallback): void;

                /**
                 * Calls Stats.
                 * @param request StatsRequest message or plain object
                 * @returns Promise
                 */
                public stats(request: tandem.agent.v1.IStatsRequest): Promise<tandem.agent.v1.StatsResponse>;

                /**
                 * Calls Pause.
                 * @param request PauseRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and PauseResponse
                 */
                public pause(request: tandem.agent.v1.IPauseRequest, callback: tandem.agent.v1.Agent.PauseCallback): void;

                /**
                 * Calls Pause.
                 * @param request PauseRequest message or plain object
                 * @returns Promise
                 */
                public pause(request: tandem.agent.v1.IPauseRequest): Promise<tandem.agent.v1.PauseResponse>;

                /**
                 * Calls Resume.
                 * @param request ResumeRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and ResumeResponse
                 */
                public resume(request: tandem.agent.v1.IResumeRequest, callback: tandem.agent.v1.Agent.ResumeCallback): void;

                /**
                 * Calls Resume.
                 * @param request ResumeRequest message or plain object
                 * @returns Promise
                 */
                public resume(request: tandem.agent.v1.IResumeRequest): Promise<tandem.agent.v1.ResumeResponse>;

                /**
                 * Calls Update.
                 * @param request UpdateRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and UpdateResponse
                 */
                public update(request: tandem.agent.v1.IUpdateRequest, callback: tandem.agent.v1.Agent.UpdateCallback): void;

                /**
                 * Calls Update.
                 * @param request UpdateRequest message or plain object
                 * @returns Promise
                 */
                public update(request: tandem.agent.v1.IUpdateRequest): Promise<tandem.agent.v1.UpdateResponse>;

                /**
                 * Calls ResizePty.
                 * @param request ResizePtyRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and ResizePtyResponse
                 */
                public resizePty(request: tandem.agent.v1.IResizePtyRequest, callback: tandem.agent.v1.Agent.ResizePtyCallback): void;

                /**
                 * Calls ResizePty.
                 * @param request ResizePtyRequest message or plain object
                 * @returns Promise
                 */
                public resizePty(request: tandem.agent.v1.IResizePtyRequest): Promise<tandem.agent.v1.ResizePtyResponse>;

                /**
                 * Calls CloseStdin.
                 * @param request CloseStdinRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and CloseStdinResponse
                 */
                public closeStdin(request: tandem.agent.v1.ICloseStdinRequest, callback: tandem.agent.v1.Agent.CloseStdinCallback): void;

                /**
                 * Calls CloseStdin.
                 * @param request CloseStdinRequest message or plain object
                 * @returns Promise
                 */
                public closeStdin(request: tandem.agent.v1.ICloseStdinRequest): Promise<tandem.agent.v1.CloseStdinResponse>;

                /**
                 * Calls Delete.
                 * @param request DeleteRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and DeleteResponse
                 */
                public delete(request: tandem.agent.v1.IDeleteRequest, callback: tandem.agent.v1.Agent.DeleteCallback): void;

                /**
                 * Calls Delete.
                 * @param request DeleteRequest message or plain object
                 * @returns Promise
                 */
                public delete(request: tandem.agent.v1.IDeleteRequest): Promise<tandem.agent.v1.DeleteResponse>;

                /**
                 * Calls Stdio.
                 * @param request StdioInput message or plain object
                 * @param callback Node-style callback called with the error, if any, and StdioOutput
                 */
                public stdio(request: tandem.agent.v1.IStdioInput, callback: tandem.agent.v1.Agent.StdioCallback): void;

                /**
                 * Calls Stdio.
                 * @param request StdioInput message or plain object
                 * @returns Promise
                 */
                public stdio(request: tandem.agent.v1.IStdioInput): Promise<tandem.agent.v1.StdioOutput>;

                /**
                 * Calls DialPort.
                 * @param request PortInput message or plain object
                 * @param callback Node-style callback called with the error, if any, and PortOutput
                 */
                public dialPort(request: tandem.agent.v1.IPortInput, callback: tandem.agent.v1.Agent.DialPortCallback): void;

                /**
                 * Calls DialPort.
                 * @param request PortInput message or plain object
                 * @returns Promise
                 */
                public dialPort(request: tandem.agent.v1.IPortInput): Promise<tandem.agent.v1.PortOutput>;

                /**
                 * Calls Sockets.
                 * @param request SocketsInput message or plain object
                 * @param callback Node-style callback called with the error, if any, and SocketsOutput
                 */
                public sockets(request: tandem.agent.v1.ISocketsInput, callback: tandem.agent.v1.Agent.SocketsCallback): void;

                /**
                 * Calls Sockets.
                 * @param request SocketsInput message or plain object
                 * @returns Promise
                 */
                public sockets(request: tandem.agent.v1.ISocketsInput): Promise<tandem.agent.v1.SocketsOutput>;

                /**
                 * Calls Touch.
                 * @param request TouchRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and TouchResponse
                 */
                public touch(request: tandem.agent.v1.ITouchRequest, callback: tandem.agent.v1.Agent.TouchCallback): void;

                /**
                 * Calls Touch.
                 * @param request TouchRequest message or plain object
                 * @returns Promise
                 */
                public touch(request: tandem.agent.v1.ITouchRequest): Promise<tandem.agent.v1.TouchResponse>;
            }

            namespace Agent {

                /**
                 * Callback as used by {@link tandem.agent.v1.Agent#hello}.
                 * @param error Error, if any
                 * @param [response] HelloResponse
                 */
                type HelloCallback = (error: (Error|null), response?: tandem.agent.v1.HelloResponse) => void;

                /**
                 * Callback as used by {@link tandem.agent.v1.Agent#ping}.
                 * @param error Error, if any
                 * @param [response] PingResponse
                 */
                type PingCallback = (error: (Error|null), response?: tandem.agent.v1.PingResponse) => void;

                /**
                 * Callback as used by {@link tandem.agent.v1.Agent#poweroff}.
                 * @param error Error, if any
                 * @param [response] PoweroffResponse
                 */
                type PoweroffCallback = (error: (Error|null), response?: tandem.agent.v1.PoweroffResponse) => void;

                /**
                 * Callback as used by {@link tandem.agent.v1.Agent#createContainer}.
                 * @param error Error, if any
                 * @param [response] CreateContainerResponse
                 */
                type CreateContainerCallback = (error: (Error|null), response?: tandem.agent.v1.CreateContainerResponse) => void;

                /**
                 * Callback as used by {@link tandem.agent.v1.Agent#start}.
                 * @param error Error, if any
                 * @param [response] StartResponse
                 */
                type StartCallback = (error: (Error|null), response?: tandem.agent.v1.StartResponse) => void;

                /**
                 * Callback as used by {@link tandem.agent.v1.Agent#exec}.
                 * @param error Error, if any
                 * @param [response] ExecResponse
                 */
                type ExecCallback = (error: (Error|null), response?: tandem.agent.v1.ExecResponse) => void;

                /**
                 * Callback as used by {@link tandem.agent.v1.Agent#kill}.
                 * @param error Error, if any
                 * @param [response] KillResponse
                 */
                type KillCallback = (error: (Error|null), response?: tandem.agent.v1.KillResponse) => void;

                /**
                 * Callback as used by {@link tandem.agent.v1.Agent#wait}.
                 * @param error Error, if any
                 * @param [response] WaitResponse
                 */
                type WaitCallback = (error: (Error|null), response?: tandem.agent.v1.WaitResponse) => void;

                /**
                 * Callback as used by {@link tandem.agent.v1.Agent#waitOom}.
                 * @param error Error, if any
                 * @param [response] WaitOomResponse
                 */
                type WaitOomCallback = (error: (Error|null), response?: tandem.agent.v1.WaitOomResponse) => void;

                /**
                 * Callback as used by {@link tandem.agent.v1.Agent#pids}.
                 * @param error Error, if any
                 * @param [response] PidsResponse
                 */
                type PidsCallback = (error: (Error|null), response?: tandem.agent.v1.PidsResponse) => void;

                /**
                 * Callback as used by {@link tandem.agent.v1.Agent#stats}.
                 * @param error Error, if any
                 * @param [response] StatsResponse
                 */
                type StatsCallback = (error: (Error|null), response?: tandem.agent.v1.StatsResponse) => void;

                /**
                 * Callback as used by {@link tandem.agent.v1.Agent#pause}.
                 * @param error Error, if any
                 * @param [response] PauseResponse
                 */
                type PauseCallback = (error: (Error|null), response?: tandem.agent.v1.PauseResponse) => void;

                /**
                 * Callback as used by {@link tandem.agent.v1.Agent#resume}.
                 * @param error Error, if any
                 * @param [response] ResumeResponse
                 */
                type ResumeCallback = (error: (Error|null), response?: tandem.agent.v1.ResumeResponse) => void;

                /**
                 * Callback as used by {@link tandem.agent.v1.Agent#update}.
                 * @param error Error, if any
                 * @param [response] UpdateResponse
                 */
                type UpdateCallback = (error: (Error|null), response?: tandem.agent.v1.UpdateResponse) => void;

                /**
                 * Callback as used by {@link tandem.agent.v1.Agent#resizePty}.
                 * @param error Error, if any
                 * @param [response] ResizePtyResponse
                 */
                type ResizePtyCallback = (error: (Error|null), response?: tandem.agent.v1.ResizePtyResponse) => void;

                /**
                 * Callback as used by {@link tandem.agent.v1.Agent#closeStdin}.
                 * @param error Error, if any
                 * @param [response] CloseStdinResponse
                 */
                type CloseStdinCallback = (error: (Error|null), response?: tandem.agent.v1.CloseStdinResponse) => void;

                /**
                 * Callback as used by {@link tandem.agent.v1.Agent#delete_}.
                 * @param error Error, if any
                 * @param [response] DeleteResponse
                 */
                type DeleteCallback = (error: (Error|null), response?: tandem.agent.v1.DeleteResponse) => void;

                /**
                 * Callback as used by {@link tandem.agent.v1.Agent#stdio}.
                 * @param error Error, if any
                 * @param [response] StdioOutput
                 */
                type StdioCallback = (error: (Error|null), response?: tandem.agent.v1.StdioOutput) => void;

                /**
                 * Callback as used by {@link tandem.agent.v1.Agent#dialPort}.
                 * @param error Error, if any
                 * @param [response] PortOutput
                 */
                type DialPortCallback = (error: (Error|null), response?: tandem.agent.v1.PortOutput) => void;

                /**
                 * Callback as used by {@link tandem.agent.v1.Agent#sockets}.
                 * @param error Error, if any
                 * @param [response] SocketsOutput
                 */
                type SocketsCallback = (error: (Error|null), response?: tandem.agent.v1.SocketsOutput) => void;

                /**
                 * Callback as used by {@link tandem.agent.v1.Agent#touch}.
                 * @param error Error, if any
                 * @param [response] TouchResponse
                 */
                type TouchCallback = (error: (Error|null), response?: tandem.agent.v1.TouchResponse) => void;
            }

            /** Version enum. */
            enum Version {
                VERSION_UNSPECIFIED = 0,
                API_VERSION = 2
            }

            /** Properties of a HelloRequest. */
            interface IHelloRequest {

                /** HelloRequest minVersion */
                minVersion?: (number|null);

                /** HelloRequest maxVersion */
                maxVersion?: (number|null);

                /** HelloRequest host */
                host?: (string|null);

                /** HelloRequest clockUnixMs */
                clockUnixMs?: (number|null);

                /** HelloRequest entropy */
                entropy?: (Uint8Array|null);
            }

            /** Represents a HelloRequest. */
            class HelloRequest implements IHelloRequest {

                /**
                 * Constructs a new HelloRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tandem.agent.v1.IHelloRequest);

                /** HelloRequest minVersion. */
                public minVersion: number;

                /** HelloRequest maxVersion. */
                public maxVersion: number;

                /** HelloRequest host. */
                public host: string;

                /** HelloRequest clockUnixMs. */
                public clockUnixMs: number;

                /** HelloRequest entropy. */
                public entropy: Uint8Array;

                /**
                 * Creates a new HelloRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns HelloRequest instance
                 */
                public static create(properties?: tandem.agent.v1.IHelloRequest): tandem.agent.v1.HelloRequest;

                /**
                 * Encodes the specified HelloRequest message. Does not implicitly {@link tandem.agent.v1.HelloRequest.verify|verify} messages.
                 * @param message HelloRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: tandem.agent.v1.IHelloRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a HelloRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns HelloRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tandem.agent.v1.HelloRequest;

                /**
                 * Gets the default type url for HelloRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a HelloResponse. */
            interface IHelloResponse {

                /** HelloResponse version */
                version?: (number|null);

                /** HelloResponse agent */
                agent?: (string|null);

                /** HelloResponse kernelRelease */
                kernelRelease?: (string|null);

                /** HelloResponse arch */
                arch?: (string|null);

                /** HelloResponse runtime */
                runtime?: (string|null);
            }

            /** Represents a HelloResponse. */
            class HelloResponse implements IHelloResponse {

                /**
                 * Constructs a new HelloResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tandem.agent.v1.IHelloResponse);

                /** HelloResponse version. */
                public version: number;

                /** HelloResponse agent. */
                public agent: string;

                /** HelloResponse kernelRelease. */
                public kernelRelease: string;

                /** HelloResponse arch. */
                public arch: string;

                /** HelloResponse runtime. */
                public runtime: string;

                /**
                 * Creates a new HelloResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns HelloResponse instance
                 */
                public static create(properties?: tandem.agent.v1.IHelloResponse): tandem.agent.v1.HelloResponse;

                /**
                 * Encodes the specified HelloResponse message. Does not implicitly {@link tandem.agent.v1.HelloResponse.verify|verify} messages.
                 * @param message HelloResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: tandem.agent.v1.IHelloResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a HelloResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns HelloResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tandem.agent.v1.HelloResponse;

                /**
                 * Gets the default type url for HelloResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a PingRequest. */
            interface IPingRequest {
            }

            /** Represents a PingRequest. */
            class PingRequest implements IPingRequest {

                /**
                 * Constructs a new PingRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tandem.agent.v1.IPingRequest);

                /**
                 * Creates a new PingRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PingRequest instance
                 */
                public static create(properties?: tandem.agent.v1.IPingRequest): tandem.agent.v1.PingRequest;

                /**
                 * Encodes the specified PingRequest message. Does not implicitly {@link tandem.agent.v1.PingRequest.verify|verify} messages.
                 * @param message PingRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: tandem.agent.v1.IPingRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PingRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns PingRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tandem.agent.v1.PingRequest;

                /**
                 * Gets the default type url for PingRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a PingResponse. */
            interface IPingResponse {

                /** PingResponse containers */
                containers?: (number|null);
            }

            /** Represents a PingResponse. */
            class PingResponse implements IPingResponse {

                /**
                 * Constructs a new PingResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tandem.agent.v1.IPingResponse);

                /** PingResponse containers. */
                public containers: number;

                /**
                 * Creates a new PingResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PingResponse instance
                 */
                public static create(properties?: tandem.agent.v1.IPingResponse): tandem.agent.v1.PingResponse;

                /**
                 * Encodes the specified PingResponse message. Does not implicitly {@link tandem.agent.v1.PingResponse.verify|verify} messages.
                 * @param message PingResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: tandem.agent.v1.IPingResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PingResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns PingResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tandem.agent.v1.PingResponse;

                /**
                 * Gets the default type url for PingResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a PoweroffRequest. */
            interface IPoweroffRequest {
            }

            /** Represents a PoweroffRequest. */
            class PoweroffRequest implements IPoweroffRequest {

                /**
                 * Constructs a new PoweroffRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tandem.agent.v1.IPoweroffRequest);

                /**
                 * Creates a new PoweroffRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PoweroffRequest instance
                 */
                public static create(properties?: tandem.agent.v1.IPoweroffRequest): tandem.agent.v1.PoweroffRequest;

                /**
                 * Encodes the specified PoweroffRequest message. Does not implicitly {@link tandem.agent.v1.PoweroffRequest.verify|verify} messages.
                 * @param message PoweroffRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: tandem.agent.v1.IPoweroffRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PoweroffRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns PoweroffRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tandem.agent.v1.PoweroffRequest;

                /**
                 * Gets the default type url for PoweroffRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a PoweroffResponse. */
            interface IPoweroffResponse {
            }

            /** Represents a PoweroffResponse. */
            class PoweroffResponse implements IPoweroffResponse {

                /**
                 * Constructs a new PoweroffResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tandem.agent.v1.IPoweroffResponse);

                /**
                 * Creates a new PoweroffResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PoweroffResponse instance
                 */
                public static create(properties?: tandem.agent.v1.IPoweroffResponse): tandem.agent.v1.PoweroffResponse;

                /**
                 * Encodes the specified PoweroffResponse message. Does not implicitly {@link tandem.agent.v1.PoweroffResponse.verify|verify} messages.
                 * @param message PoweroffResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: tandem.agent.v1.IPoweroffResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PoweroffResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns PoweroffResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tandem.agent.v1.PoweroffResponse;

                /**
                 * Gets the default type url for PoweroffResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a CreateContainerRequest. */
            interface ICreateContainerRequest {

                /** CreateContainerRequest containerId */
                containerId?: (string|null);

                /** CreateContainerRequest specJson */
                specJson?: (Uint8Array|null);

                /** CreateContainerRequest rootfs */
                rootfs?: (string|null);

                /** CreateContainerRequest stdin */
                stdin?: (boolean|null);

                /** CreateContainerRequest stdout */
                stdout?: (boolean|null);

                /** CreateContainerRequest stderr */
                stderr?: (boolean|null);

                /** CreateContainerRequest terminal */
                terminal?: (boolean|null);

                /** CreateContainerRequest outputPorts */
                outputPorts?: (boolean|null);

                /** CreateContainerRequest sockets */
                sockets?: (tandem.agent.v1.ISocketForward[]|null);

                /** CreateContainerRequest inputPorts */
                inputPorts?: (boolean|null);
            }

            /** Represents a CreateContainerRequest. */
            class CreateContainerRequest implements ICreateContainerRequest {

                /**
                 * Constructs a new CreateContainerRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tandem.agent.v1.ICreateContainerRequest);

                /** CreateContainerRequest containerId. */
                public containerId: string;

                /** CreateContainerRequest specJson. */
                public specJson: Uint8Array;

                /** CreateContainerRequest rootfs. */
                public rootfs: string;

                /** CreateContainerRequest stdin. */
                public stdin: boolean;

                /** CreateContainerRequest stdout. */
                public stdout: boolean;

                /** CreateContainerRequest stderr. */
                public stderr: boolean;

                /** CreateContainerRequest terminal. */
                public terminal: boolean;

                /** CreateContainerRequest outputPorts. */
                public outputPorts: boolean;

                /** CreateContainerRequest sockets. */
                public sockets: tandem.agent.v1.ISocketForward[];

                /** CreateContainerRequest inputPorts. */
                public inputPorts: boolean;

                /**
                 * Creates a new CreateContainerRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CreateContainerRequest instance
                 */
                public static create(properties?: tandem.agent.v1.ICreateContainerRequest): tandem.agent.v1.CreateContainerRequest;

                /**
                 * Encodes the specified CreateContainerRequest message. Does not implicitly {@link tandem.agent.v1.CreateContainerRequest.verify|verify} messages.
                 * @param message CreateContainerRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: tandem.agent.v1.ICreateContainerRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CreateContainerRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns CreateContainerRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tandem.agent.v1.CreateContainerRequest;

                /**
                 * Gets the default type url for CreateContainerRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a SocketForward. */
            interface ISocketForward {

                /** SocketForward path */
                path?: (string|null);

                /** SocketForward mode */
                mode?: (number|null);

                /** SocketForward uid */
                uid?: (number|null);

                /** SocketForward gid */
                gid?: (number|null);
            }

            /** Represents a SocketForward. */
            class SocketForward implements ISocketForward {

                /**
                 * Constructs a new SocketForward.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tandem.agent.v1.ISocketForward);

                /** SocketForward path. */
                public path: string;

                /** SocketForward mode. */
                public mode: number;

                /** SocketForward uid. */
                public uid: number;

                /** SocketForward gid. */
                public gid: number;

                /**
                 * Creates a new SocketForward instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SocketForward instance
                 */
                public static create(properties?: tandem.agent.v1.ISocketForward): tandem.agent.v1.SocketForward;

                /**
                 * Encodes the specified SocketForward message. Does not implicitly {@link tandem.agent.v1.SocketForward.verify|verify} messages.
                 * @param message SocketForward message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: tandem.agent.v1.ISocketForward, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SocketForward message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns SocketForward
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tandem.agent.v1.SocketForward;

                /**
                 * Gets the default type url for SocketForward
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a CreateContainerResponse. */
            interface ICreateContainerResponse {

                /** CreateContainerResponse pid */
                pid?: (number|null);

                /** CreateContainerResponse stdoutPort */
                stdoutPort?: (string|null);

                /** CreateContainerResponse stdinPort */
                stdinPort?: (string|null);
            }

            /** Represents a CreateContainerResponse. */
            class CreateContainerResponse implements ICreateContainerResponse {

                /**
                 * Constructs a new CreateContainerResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tandem.agent.v1.ICreateContainerResponse);

                /** CreateContainerResponse pid. */
                public pid: number;

                /** CreateContainerResponse stdoutPort. */
                public stdoutPort: string;

                /** CreateContainerResponse stdinPort. */
                public stdinPort: string;

                /**
                 * Creates a new CreateContainerResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CreateContainerResponse instance
                 */
                public static create(properties?: tandem.agent.v1.ICreateContainerResponse): tandem.agent.v1.CreateContainerResponse;

                /**
                 * Encodes the specified CreateContainerResponse message. Does not implicitly {@link tandem.agent.v1.CreateContainerResponse.verify|verify} messages.
                 * @param message CreateContainerResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: tandem.agent.v1.ICreateContainerResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CreateContainerResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns CreateContainerResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tandem.agent.v1.CreateContainerResponse;

                /**
                 * Gets the default type url for CreateContainerResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a StartRequest. */
            interface IStartRequest {

                /** StartRequest containerId */
                containerId?: (string|null);

                /** StartRequest execId */
                execId?: (string|null);
            }

            /** Represents a StartRequest. */
            class StartRequest implements IStartRequest {

                /**
                 * Constructs a new StartRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tandem.agent.v1.IStartRequest);

                /** StartRequest containerId. */
                public containerId: string;

                /** StartRequest execId. */
                public execId: string;

                /**
                 * Creates a new StartRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns StartRequest instance
                 */
                public static create(properties?: tandem.agent.v1.IStartRequest): tandem.agent.v1.StartRequest;

                /**
                 * Encodes the specified StartRequest message. Does not implicitly {@link tandem.agent.v1.StartRequest.verify|verify} messages.
                 * @param message StartRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: tandem.agent.v1.IStartRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StartRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns StartRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tandem.agent.v1.StartRequest;

                /**
                 * Gets the default type url for StartRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a StartResponse. */
            interface IStartResponse {

                /** StartResponse pid */
                pid?: (number|null);
            }

            /** Represents a StartResponse. */
            class StartResponse implements IStartResponse {

                /**
                 * Constructs a new StartResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tandem.agent.v1.IStartResponse);

                /** StartResponse pid. */
                public pid: number;

                /**
                 * Creates a new StartResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns StartResponse instance
                 */
                public static create(properties?: tandem.agent.v1.IStartResponse): tandem.agent.v1.StartResponse;

                /**
                 * Encodes the specified StartResponse message. Does not implicitly {@link tandem.agent.v1.StartResponse.verify|verify} messages.
                 * @param message StartResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: tandem.agent.v1.IStartResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StartResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns StartResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tandem.agent.v1.StartResponse;

                /**
                 * Gets the default type url for StartResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of an ExecRequest. */
            interface IExecRequest {

                /** ExecRequest containerId */
                containerId?: (string|null);

                /** ExecRequest execId */
                execId?: (string|null);

                /** ExecRequest processJson */
                processJson?: (Uint8Array|null);

                /** ExecRequest stdin */
                stdin?: (boolean|null);

                /** ExecRequest stdout */
                stdout?: (boolean|null);

                /** ExecRequest stderr */
                stderr?: (boolean|null);

                /** ExecRequest terminal */
                terminal?: (boolean|null);

                /** ExecRequest outputPorts */
                outputPorts?: (boolean|null);

                /** ExecRequest inputPorts */
                inputPorts?: (boolean|null);
            }

            /** Represents an ExecRequest. */
            class ExecRequest implements IExecRequest {

                /**
                 * Constructs a new ExecRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tandem.agent.v1.IExecRequest);

                /** ExecRequest containerId. */
                public containerId: string;

                /** ExecRequest execId. */
                public execId: string;

                /** ExecRequest processJson. */
                public processJson: Uint8Array;

                /** ExecRequest stdin. */
                public stdin: boolean;

                /** ExecRequest stdout. */
                public stdout: boolean;

                /** ExecRequest stderr. */
                public stderr: boolean;

                /** ExecRequest terminal. */
                public terminal: boolean;

                /** ExecRequest outputPorts. */
                public outputPorts: boolean;

                /** ExecRequest inputPorts. */
                public inputPorts: boolean;

                /**
                 * Creates a new ExecRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ExecRequest instance
                 */
                public static create(properties?: tandem.agent.v1.IExecRequest): tandem.agent.v1.ExecRequest;

                /**
                 * Encodes the specified ExecRequest message. Does not implicitly {@link tandem.agent.v1.ExecRequest.verify|verify} messages.
                 * @param message ExecRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: tandem.agent.v1.IExecRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an ExecRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns ExecRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tandem.agent.v1.ExecRequest;

                /**
                 * Gets the default type url for ExecRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of an ExecResponse. */
            interface IExecResponse {

                /** ExecResponse stdoutPort */
                stdoutPort?: (string|null);

                /** ExecResponse stdinPort */
                stdinPort?: (string|null);
            }

            /** Represents an ExecResponse. */
            class ExecResponse implements IExecResponse {

                /**
                 * Constructs a new ExecResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tandem.agent.v1.IExecResponse);

                /** ExecResponse stdoutPort. */
                public stdoutPort: string;

                /** ExecResponse stdinPort. */
                public stdinPort: string;

                /**
                 * Creates a new ExecResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ExecResponse instance
                 */
                public static create(properties?: tandem.agent.v1.IExecResponse): tandem.agent.v1.ExecResponse;

                /**
                 * Encodes the specified ExecResponse message. Does not implicitly {@link tandem.agent.v1.ExecResponse.verify|verify} messages.
                 * @param message ExecResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: tandem.agent.v1.IExecResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an ExecResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns ExecResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tandem.agent.v1.ExecResponse;

                /**
                 * Gets the default type url for ExecResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a KillRequest. */
            interface IKillRequest {

                /** KillRequest containerId */
                containerId?: (string|null);

                /** KillRequest execId */
                execId?: (string|null);

                /** KillRequest signal */
                signal?: (number|null);

                /** KillRequest all */
                all?: (boolean|null);
            }

            /** Represents a KillRequest. */
            class KillRequest implements IKillRequest {

                /**
                 * Constructs a new KillRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tandem.agent.v1.IKillRequest);

                /** KillRequest containerId. */
                public containerId: string;

                /** KillRequest execId. */
                public execId: string;

                /** KillRequest signal. */
                public signal: number;

                /** KillRequest all. */
                public all: boolean;

                /**
                 * Creates a new KillRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns KillRequest instance
                 */
                public static create(properties?: tandem.agent.v1.IKillRequest): tandem.agent.v1.KillRequest;

                /**
                 * Encodes the specified KillRequest message. Does not implicitly {@link tandem.agent.v1.KillRequest.verify|verify} messages.
                 * @param message KillRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: tandem.agent.v1.IKillRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a KillRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns KillRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tandem.agent.v1.KillRequest;

                /**
                 * Gets the default type url for KillRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a KillResponse. */
            interface IKillResponse {
            }

            /** Represents a KillResponse. */
            class KillResponse implements IKillResponse {

                /**
                 * Constructs a new KillResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tandem.agent.v1.IKillResponse);

                /**
                 * Creates a new KillResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns KillResponse instance
                 */
                public static create(properties?: tandem.agent.v1.IKillResponse): tandem.agent.v1.KillResponse;

                /**
                 * Encodes the specified KillResponse message. Does not implicitly {@link tandem.agent.v1.KillResponse.verify|verify} messages.
                 * @param message KillResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: tandem.agent.v1.IKillResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a KillResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns KillResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tandem.agent.v1.KillResponse;

                /**
                 * Gets the default type url for KillResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a WaitRequest. */
            interface IWaitRequest {

                /** WaitRequest containerId */
                containerId?: (string|null);

                /** WaitRequest execId */
                execId?: (string|null);
            }

            /** Represents a WaitRequest. */
            class WaitRequest implements IWaitRequest {

                /**
                 * Constructs a new WaitRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tandem.agent.v1.IWaitRequest);

                /** WaitRequest containerId. */
                public containerId: string;

                /** WaitRequest execId. */
                public execId: string;

                /**
                 * Creates a new WaitRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns WaitRequest instance
                 */
                public static create(properties?: tandem.agent.v1.IWaitRequest): tandem.agent.v1.WaitRequest;

                /**
                 * Encodes the specified WaitRequest message. Does not implicitly {@link tandem.agent.v1.WaitRequest.verify|verify} messages.
                 * @param message WaitRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: tandem.agent.v1.IWaitRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a WaitRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns WaitRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tandem.agent.v1.WaitRequest;

                /**
                 * Gets the default type url for WaitRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a WaitResponse. */
            interface IWaitResponse {

                /** WaitResponse exitStatus */
                exitStatus?: (number|null);

                /** WaitResponse exitedAtMs */
                exitedAtMs?: (number|null);

                /** WaitResponse oomKilled */
                oomKilled?: (boolean|null);

                /** WaitResponse oomKills */
                oomKills?: (number|null);
            }

            /** Represents a WaitResponse. */
            class WaitResponse implements IWaitResponse {

                /**
                 * Constructs a new WaitResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tandem.agent.v1.IWaitResponse);

                /** WaitResponse exitStatus. */
                public exitStatus: number;

                /** WaitResponse exitedAtMs. */
                public exitedAtMs: number;

                /** WaitResponse oomKilled. */
                public oomKilled: boolean;

                /** WaitResponse oomKills. */
                public oomKills: number;

                /**
                 * Creates a new WaitResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns WaitResponse instance
                 */
                public static create(properties?: tandem.agent.v1.IWaitResponse): tandem.agent.v1.WaitResponse;

                /**
                 * Encodes the specified WaitResponse message. Does not implicitly {@link tandem.agent.v1.WaitResponse.verify|verify} messages.
                 * @param message WaitResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: tandem.agent.v1.IWaitResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a WaitResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns WaitResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tandem.agent.v1.WaitResponse;

                /**
                 * Gets the default type url for WaitResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a WaitOomRequest. */
            interface IWaitOomRequest {

                /** WaitOomRequest containerId */
                containerId?: (string|null);

                /** WaitOomRequest seen */
                seen?: (number|null);
            }

            /** Represents a WaitOomRequest. */
            class WaitOomRequest implements IWaitOomRequest {

                /**
                 * Constructs a new WaitOomRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tandem.agent.v1.IWaitOomRequest);

                /** WaitOomRequest containerId. */
                public containerId: string;

                /** WaitOomRequest seen. */
                public seen: number;

                /**
                 * Creates a new WaitOomRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns WaitOomRequest instance
                 */
                public static create(properties?: tandem.agent.v1.IWaitOomRequest): tandem.agent.v1.WaitOomRequest;

                /**
                 * Encodes the specified WaitOomRequest message. Does not implicitly {@link tandem.agent.v1.WaitOomRequest.verify|verify} messages.
                 * @param message WaitOomRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: tandem.agent.v1.IWaitOomRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a WaitOomRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns WaitOomRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tandem.agent.v1.WaitOomRequest;

                /**
                 * Gets the default type url for WaitOomRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a WaitOomResponse. */
            interface IWaitOomResponse {

                /** WaitOomResponse kills */
                kills?: (number|null);

                /** WaitOomResponse exited */
                exited?: (boolean|null);
            }

            /** Represents a WaitOomResponse. */
            class WaitOomResponse implements IWaitOomResponse {

                /**
                 * Constructs a new WaitOomResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tandem.agent.v1.IWaitOomResponse);

                /** WaitOomResponse kills. */
                public kills: number;

                /** WaitOomResponse exited. */
                public exited: boolean;

                /**
                 * Creates a new WaitOomResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns WaitOomResponse instance
                 */
                public static create(properties?: tandem.agent.v1.IWaitOomResponse): tandem.agent.v1.WaitOomResponse;

                /**
                 * Encodes the specified WaitOomResponse message. Does not implicitly {@link tandem.agent.v1.WaitOomResponse.verify|verify} messages.
                 * @param message WaitOomResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: tandem.agent.v1.IWaitOomResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a WaitOomResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns WaitOomResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tandem.agent.v1.WaitOomResponse;

                /**
                 * Gets the default type url for WaitOomResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a PidsRequest. */
            interface IPidsRequest {

                /** PidsRequest containerId */
                containerId?: (string|null);
            }

            /** Represents a PidsRequest. */
            class PidsRequest implements IPidsRequest {

                /**
                 * Constructs a new PidsRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tandem.agent.v1.IPidsRequest);

                /** PidsRequest containerId. */
                public containerId: string;

                /**
                 * Creates a new PidsRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PidsRequest instance
                 */
                public static create(properties?: tandem.agent.v1.IPidsRequest): tandem.agent.v1.PidsRequest;

                /**
                 * Encodes the specified PidsRequest message. Does not implicitly {@link tandem.agent.v1.PidsRequest.verify|verify} messages.
                 * @param message PidsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: tandem.agent.v1.IPidsRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PidsRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns PidsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tandem.agent.v1.PidsRequest;

                /**
                 * Gets the default type url for PidsRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a PidsResponse. */
            interface IPidsResponse {

                /** PidsResponse pids */
                pids?: (number[]|null);

                /** PidsResponse processes */
                processes?: (tandem.agent.v1.IProcessDetail[]|null);
            }

            /** Represents a PidsResponse. */
            class PidsResponse implements IPidsResponse {

                /**
                 * Constructs a new PidsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tandem.agent.v1.IPidsResponse);

                /** PidsResponse pids. */
                public pids: number[];

                /** PidsResponse processes. */
                public processes: tandem.agent.v1.IProcessDetail[];

                /**
                 * Creates a new PidsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PidsResponse instance
                 */
                public static create(properties?: tandem.agent.v1.IPidsResponse): tandem.agent.v1.PidsResponse;

                /**
                 * Encodes the specified PidsResponse message. Does not implicitly {@link tandem.agent.v1.PidsResponse.verify|verify} messages.
                 * @param message PidsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: tandem.agent.v1.IPidsResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PidsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns PidsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tandem.agent.v1.PidsResponse;

                /**
                 * Gets the default type url for PidsResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a ProcessDetail. */
            interface IProcessDetail {

                /** ProcessDetail pid */
                pid?: (number|null);

                /** ProcessDetail ppid */
                ppid?: (number|null);

                /** ProcessDetail uid */
                uid?: (number|null);

                /** ProcessDetail ageMs */
                ageMs?: (number|null);

                /** ProcessDetail cpuMs */
                cpuMs?: (number|null);

                /** ProcessDetail tty */
                tty?: (string|null);

                /** ProcessDetail cmd */
                cmd?: (string|null);
            }

            /** Represents a ProcessDetail. */
            class ProcessDetail implements IProcessDetail {

                /**
                 * Constructs a new ProcessDetail.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tandem.agent.v1.IProcessDetail);

                /** ProcessDetail pid. */
                public pid: number;

                /** ProcessDetail ppid. */
                public ppid: number;

                /** ProcessDetail uid. */
                public uid: number;

                /** ProcessDetail ageMs. */
                public ageMs: number;

                /** ProcessDetail cpuMs. */
                public cpuMs: number;

                /** ProcessDetail tty. */
                public tty: string;

                /** ProcessDetail cmd. */
                public cmd: string;

                /**
                 * Creates a new ProcessDetail instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ProcessDetail instance
                 */
                public static create(properties?: tandem.agent.v1.IProcessDetail): tandem.agent.v1.ProcessDetail;

                /**
                 * Encodes the specified ProcessDetail message. Does not implicitly {@link tandem.agent.v1.ProcessDetail.verify|verify} messages.
                 * @param message ProcessDetail message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: tandem.agent.v1.IProcessDetail, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ProcessDetail message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns ProcessDetail
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tandem.agent.v1.ProcessDetail;

                /**
                 * Gets the default type url for ProcessDetail
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a StatsRequest. */
            interface IStatsRequest {

                /** StatsRequest containerId */
                containerId?: (string|null);
            }

            /** Represents a StatsRequest. */
            class StatsRequest implements IStatsRequest {

                /**
                 * Constructs a new StatsRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tandem.agent.v1.IStatsRequest);

                /** StatsRequest containerId. */
                public containerId: string;

                /**
                 * Creates a new StatsRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns StatsRequest instance
                 */
                public static create(properties?: tandem.agent.v1.IStatsRequest): tandem.agent.v1.StatsRequest;

                /**
                 * Encodes the specified StatsRequest message. Does not implicitly {@link tandem.agent.v1.StatsRequest.verify|verify} messages.
                 * @param message StatsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: tandem.agent.v1.IStatsRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StatsRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns StatsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tandem.agent.v1.StatsRequest;

                /**
                 * Gets the default type url for StatsRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a StatsResponse. */
            interface IStatsResponse {

                /** StatsResponse pids */
                pids?: (number|null);

                /** StatsResponse userUsec */
                userUsec?: (number|null);

                /** StatsResponse systemUsec */
                systemUsec?: (number|null);

                /** StatsResponse memoryBytes */
                memoryBytes?: (number|null);

                /** StatsResponse anonBytes */
                anonBytes?: (number|null);

                /** StatsResponse fileBytes */
                fileBytes?: (number|null);

                /** StatsResponse memoryLimitBytes */
                memoryLimitBytes?: (number|null);

                /** StatsResponse inactiveFileBytes */
                inactiveFileBytes?: (number|null);
            }

            /** Represents a StatsResponse. */
            class StatsResponse implements IStatsResponse {

                /**
                 * Constructs a new StatsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tandem.agent.v1.IStatsResponse);

                /** StatsResponse pids. */
                public pids: number;

                /** StatsResponse userUsec. */
                public userUsec: number;

                /** StatsResponse systemUsec. */
                public systemUsec: number;

                /** StatsResponse memoryBytes. */
                public memoryBytes: number;

                /** StatsResponse anonBytes. */
                public anonBytes: number;

                /** StatsResponse fileBytes. */
                public fileBytes: number;

                /** StatsResponse memoryLimitBytes. */
                public memoryLimitBytes: number;

                /** StatsResponse inactiveFileBytes. */
                public inactiveFileBytes: number;

                /**
                 * Creates a new StatsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns StatsResponse instance
                 */
                public static create(properties?: tandem.agent.v1.IStatsResponse): tandem.agent.v1.StatsResponse;

                /**
                 * Encodes the specified StatsResponse message. Does not implicitly {@link tandem.agent.v1.StatsResponse.verify|verify} messages.
                 * @param message StatsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: tandem.agent.v1.IStatsResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StatsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns StatsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tandem.agent.v1.StatsResponse;

                /**
                 * Gets the default type url for StatsResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a PauseRequest. */
            interface IPauseRequest {

                /** PauseRequest containerId */
                containerId?: (string|null);
            }

            /** Represents a PauseRequest. */
            class PauseRequest implements IPauseRequest {

                /**
                 * Constructs a new PauseRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tandem.agent.v1.IPauseRequest);

                /** PauseRequest containerId. */
                public containerId: string;

                /**
                 * Creates a new PauseRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PauseRequest instance
                 */
                public static create(properties?: tandem.agent.v1.IPauseRequest): tandem.agent.v1.PauseRequest;

                /**
                 * Encodes the specified PauseRequest message. Does not implicitly {@link tandem.agent.v1.PauseRequest.verify|verify} messages.
                 * @param message PauseRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: tandem.agent.v1.IPauseRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PauseRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns PauseRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tandem.agent.v1.PauseRequest;

                /**
                 * Gets the default type url for PauseRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a PauseResponse. */
            interface IPauseResponse {
            }

            /** Represents a PauseResponse. */
            class PauseResponse implements IPauseResponse {

                /**
                 * Constructs a new PauseResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tandem.agent.v1.IPauseResponse);

                /**
                 * Creates a new PauseResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PauseResponse instance
                 */
                public static create(properties?: tandem.agent.v1.IPauseResponse): tandem.agent.v1.PauseResponse;

                /**
                 * Encodes the specified PauseResponse message. Does not implicitly {@link tandem.agent.v1.PauseResponse.verify|verify} messages.
                 * @param message PauseResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: tandem.agent.v1.IPauseResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PauseResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns PauseResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tandem.agent.v1.PauseResponse;

                /**
                 * Gets the default type url for PauseResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a ResumeRequest. */
            interface IResumeRequest {

                /** ResumeRequest containerId */
                containerId?: (string|null);
            }

            /** Represents a ResumeRequest. */
            class ResumeRequest implements IResumeRequest {

                /**
                 * Constructs a new ResumeRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tandem.agent.v1.IResumeRequest);

                /** ResumeRequest containerId. */
                public containerId: string;

                /**
                 * Creates a new ResumeRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ResumeRequest instance
                 */
                public static create(properties?: tandem.agent.v1.IResumeRequest): tandem.agent.v1.ResumeRequest;

                /**
                 * Encodes the specified ResumeRequest message. Does not implicitly {@link tandem.agent.v1.ResumeRequest.verify|verify} messages.
                 * @param message ResumeRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: tandem.agent.v1.IResumeRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ResumeRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns ResumeRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tandem.agent.v1.ResumeRequest;

                /**
                 * Gets the default type url for ResumeRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a ResumeResponse. */
            interface IResumeResponse {
            }

            /** Represents a ResumeResponse. */
            class ResumeResponse implements IResumeResponse {

                /**
                 * Constructs a new ResumeResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tandem.agent.v1.IResumeResponse);

                /**
                 * Creates a new ResumeResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ResumeResponse instance
                 */
                public static create(properties?: tandem.agent.v1.IResumeResponse): tandem.agent.v1.ResumeResponse;

                /**
                 * Encodes the specified ResumeResponse message. Does not implicitly {@link tandem.agent.v1.ResumeResponse.verify|verify} messages.
                 * @param message ResumeResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: tandem.agent.v1.IResumeResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ResumeResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns ResumeResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tandem.agent.v1.ResumeResponse;

                /**
                 * Gets the default type url for ResumeResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of an UpdateRequest. */
            interface IUpdateRequest {

                /** UpdateRequest containerId */
                containerId?: (string|null);

                /** UpdateRequest resourcesJson */
                resourcesJson?: (Uint8Array|null);
            }

            /** Represents an UpdateRequest. */
            class UpdateRequest implements IUpdateRequest {

                /**
                 * Constructs a new UpdateRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tandem.agent.v1.IUpdateRequest);

                /** UpdateRequest containerId. */
                public containerId: string;

                /** UpdateRequest resourcesJson. */
                public resourcesJson: Uint8Array;

                /**
                 * Creates a new UpdateRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns UpdateRequest instance
                 */
                public static create(properties?: tandem.agent.v1.IUpdateRequest): tandem.agent.v1.UpdateRequest;

                /**
                 * Encodes the specified UpdateRequest message. Does not implicitly {@link tandem.agent.v1.UpdateRequest.verify|verify} messages.
                 * @param message UpdateRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: tandem.agent.v1.IUpdateRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an UpdateRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns UpdateRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tandem.agent.v1.UpdateRequest;

                /**
                 * Gets the default type url for UpdateRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of an UpdateResponse. */
            interface IUpdateResponse {
            }

            /** Represents an UpdateResponse. */
            class UpdateResponse implements IUpdateResponse {

                /**
                 * Constructs a new UpdateResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tandem.agent.v1.IUpdateResponse);

                /**
                 * Creates a new UpdateResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns UpdateResponse instance
                 */
                public static create(properties?: tandem.agent.v1.IUpdateResponse): tandem.agent.v1.UpdateResponse;

                /**
                 * Encodes the specified UpdateResponse message. Does not implicitly {@link tandem.agent.v1.UpdateResponse.verify|verify} messages.
                 * @param message UpdateResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: tandem.agent.v1.IUpdateResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an UpdateResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns UpdateResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tandem.agent.v1.UpdateResponse;

                /**
                 * Gets the default type url for UpdateResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a ResizePtyRequest. */
            interface IResizePtyRequest {

                /** ResizePtyRequest containerId */
                containerId?: (string|null);

                /** ResizePtyRequest execId */
                execId?: (string|null);

                /** ResizePtyRequest width */
                width?: (number|null);

                /** ResizePtyRequest height */
                height?: (number|null);
            }

            /** Represents a ResizePtyRequest. */
            class ResizePtyRequest implements IResizePtyRequest {

                /**
                 * Constructs a new ResizePtyRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tandem.agent.v1.IResizePtyRequest);

                /** ResizePtyRequest containerId. */
                public containerId: string;

                /** ResizePtyRequest execId. */
                public execId: string;

                /** ResizePtyRequest width. */
                public width: number;

                /** ResizePtyRequest height. */
                public height: number;

                /**
                 * Creates a new ResizePtyRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ResizePtyRequest instance
                 */
                public static create(properties?: tandem.agent.v1.IResizePtyRequest): tandem.agent.v1.ResizePtyRequest;

                /**
                 * Encodes the specified ResizePtyRequest message. Does not implicitly {@link tandem.agent.v1.ResizePtyRequest.verify|verify} messages.
                 * @param message ResizePtyRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: tandem.agent.v1.IResizePtyRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ResizePtyRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns ResizePtyRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tandem.agent.v1.ResizePtyRequest;

                /**
                 * Gets the default type url for ResizePtyRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a ResizePtyResponse. */
            interface IResizePtyResponse {
            }

            /** Represents a ResizePtyResponse. */
            class ResizePtyResponse implements IResizePtyResponse {

                /**
                 * Constructs a new ResizePtyResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tandem.agent.v1.IResizePtyResponse);

                /**
                 * Creates a new ResizePtyResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ResizePtyResponse instance
                 */
                public static create(properties?: tandem.agent.v1.IResizePtyResponse): tandem.agent.v1.ResizePtyResponse;

                /**
                 * Encodes the specified ResizePtyResponse message. Does not implicitly {@link tandem.agent.v1.ResizePtyResponse.verify|verify} messages.
                 * @param message ResizePtyResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: tandem.agent.v1.IResizePtyResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ResizePtyResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns ResizePtyResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tandem.agent.v1.ResizePtyResponse;

                /**
                 * Gets the default type url for ResizePtyResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a CloseStdinRequest. */
            interface ICloseStdinRequest {

                /** CloseStdinRequest containerId */
                containerId?: (string|null);

                /** CloseStdinRequest execId */
                execId?: (string|null);
            }

            /** Represents a CloseStdinRequest. */
            class CloseStdinRequest implements ICloseStdinRequest {

                /**
                 * Constructs a new CloseStdinRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tandem.agent.v1.ICloseStdinRequest);

                /** CloseStdinRequest containerId. */
                public containerId: string;

                /** CloseStdinRequest execId. */
                public execId: string;

                /**
                 * Creates a new CloseStdinRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CloseStdinRequest instance
                 */
                public static create(properties?: tandem.agent.v1.ICloseStdinRequest): tandem.agent.v1.CloseStdinRequest;

                /**
                 * Encodes the specified CloseStdinRequest message. Does not implicitly {@link tandem.agent.v1.CloseStdinRequest.verify|verify} messages.
                 * @param message CloseStdinRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: tandem.agent.v1.ICloseStdinRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CloseStdinRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns CloseStdinRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tandem.agent.v1.CloseStdinRequest;

                /**
                 * Gets the default type url for CloseStdinRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a CloseStdinResponse. */
            interface ICloseStdinResponse {
            }

            /** Represents a CloseStdinResponse. */
            class CloseStdinResponse implements ICloseStdinResponse {

                /**
                 * Constructs a new CloseStdinResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tandem.agent.v1.ICloseStdinResponse);

                /**
                 * Creates a new CloseStdinResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CloseStdinResponse instance
                 */
                public static create(properties?: tandem.agent.v1.ICloseStdinResponse): tandem.agent.v1.CloseStdinResponse;

                /**
                 * Encodes the specified CloseStdinResponse message. Does not implicitly {@link tandem.agent.v1.CloseStdinResponse.verify|verify} messages.
                 * @param message CloseStdinResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: tandem.agent.v1.ICloseStdinResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CloseStdinResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns CloseStdinResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tandem.agent.v1.CloseStdinResponse;

                /**
                 * Gets the default type url for CloseStdinResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a TouchRequest. */
            interface ITouchRequest {

                /** TouchRequest containerId */
                containerId?: (string|null);

                /** TouchRequest paths */
                paths?: (string[]|null);
            }

            /** Represents a TouchRequest. */
            class TouchRequest implements ITouchRequest {

                /**
                 * Constructs a new TouchRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tandem.agent.v1.ITouchRequest);

                /** TouchRequest containerId. */
                public containerId: string;

                /** TouchRequest paths. */
                public paths: string[];

                /**
                 * Creates a new TouchRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns TouchRequest instance
                 */
                public static create(properties?: tandem.agent.v1.ITouchRequest): tandem.agent.v1.TouchRequest;

                /**
                 * Encodes the specified TouchRequest message. Does not implicitly {@link tandem.agent.v1.TouchRequest.verify|verify} messages.
                 * @param message TouchRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: tandem.agent.v1.ITouchRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a TouchRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns TouchRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tandem.agent.v1.TouchRequest;

                /**
                 * Gets the default type url for TouchRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a TouchResponse. */
            interface ITouchResponse {

                /** TouchResponse touched */
                touched?: (number|null);

                /** TouchResponse missing */
                missing?: (string[]|null);
            }

            /** Represents a TouchResponse. */
            class TouchResponse implements ITouchResponse {

                /**
                 * Constructs a new TouchResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tandem.agent.v1.ITouchResponse);

                /** TouchResponse touched. */
                public touched: number;

                /** TouchResponse missing. */
                public missing: string[];

                /**
                 * Creates a new TouchResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns TouchResponse instance
                 */
                public static create(properties?: tandem.agent.v1.ITouchResponse): tandem.agent.v1.TouchResponse;

                /**
                 * Encodes the specified TouchResponse message. Does not implicitly {@link tandem.agent.v1.TouchResponse.verify|verify} messages.
                 * @param message TouchResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: tandem.agent.v1.ITouchResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a TouchResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns TouchResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tandem.agent.v1.TouchResponse;

                /**
                 * Gets the default type url for TouchResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a DeleteRequest. */
            interface IDeleteRequest {

                /** DeleteRequest containerId */
                containerId?: (string|null);

                /** DeleteRequest execId */
                execId?: (string|null);
            }

            /** Represents a DeleteRequest. */
            class DeleteRequest implements IDeleteRequest {

                /**
                 * Constructs a new DeleteRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tandem.agent.v1.IDeleteRequest);

                /** DeleteRequest containerId. */
                public containerId: string;

                /** DeleteRequest execId. */
                public execId: string;

                /**
                 * Creates a new DeleteRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DeleteRequest instance
                 */
                public static create(properties?: tandem.agent.v1.IDeleteRequest): tandem.agent.v1.DeleteRequest;

                /**
                 * Encodes the specified DeleteRequest message. Does not implicitly {@link tandem.agent.v1.DeleteRequest.verify|verify} messages.
                 * @param message DeleteRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: tandem.agent.v1.IDeleteRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DeleteRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns DeleteRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tandem.agent.v1.DeleteRequest;

                /**
                 * Gets the default type url for DeleteRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a DeleteResponse. */
            interface IDeleteResponse {
            }

            /** Represents a DeleteResponse. */
            class DeleteResponse implements IDeleteResponse {

                /**
                 * Constructs a new DeleteResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tandem.agent.v1.IDeleteResponse);

                /**
                 * Creates a new DeleteResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DeleteResponse instance
                 */
                public static create(properties?: tandem.agent.v1.IDeleteResponse): tandem.agent.v1.DeleteResponse;

                /**
                 * Encodes the specified DeleteResponse message. Does not implicitly {@link tandem.agent.v1.DeleteResponse.verify|verify} messages.
                 * @param message DeleteResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: tandem.agent.v1.IDeleteResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DeleteResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns DeleteResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tandem.agent.v1.DeleteResponse;

                /**
                 * Gets the default type url for DeleteResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a StdioInput. */
            interface IStdioInput {

                /** StdioInput containerId */
                containerId?: (string|null);

                /** StdioInput execId */
                execId?: (string|null);

                /** StdioInput data */
                data?: (Uint8Array|null);

                /** StdioInput ack */
                ack?: (number|null);

                /** StdioInput eof */
                eof?: (boolean|null);
            }

            /** Represents a StdioInput. */
            class StdioInput implements IStdioInput {

                /**
                 * Constructs a new StdioInput.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tandem.agent.v1.IStdioInput);

                /** StdioInput containerId. */
                public containerId: string;

                /** StdioInput execId. */
                public execId: string;

                /** StdioInput data. */
                public data: Uint8Array;

                /** StdioInput ack. */
                public ack: number;

                /** StdioInput eof. */
                public eof: boolean;

                /**
                 * Creates a new StdioInput instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns StdioInput instance
                 */
                public static create(properties?: tandem.agent.v1.IStdioInput): tandem.agent.v1.StdioInput;

                /**
                 * Encodes the specified StdioInput message. Does not implicitly {@link tandem.agent.v1.StdioInput.verify|verify} messages.
                 * @param message StdioInput message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: tandem.agent.v1.IStdioInput, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StdioInput message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns StdioInput
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tandem.agent.v1.StdioInput;

                /**
                 * Gets the default type url for StdioInput
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a StdioOutput. */
            interface IStdioOutput {

                /** StdioOutput fd */
                fd?: (number|null);

                /** StdioOutput data */
                data?: (Uint8Array|null);

                /** StdioOutput ack */
                ack?: (number|null);

                /** StdioOutput portEnded */
                portEnded?: (boolean|null);

                /** StdioOutput portBytes */
                portBytes?: (number|null);

                /** StdioOutput eof */
                eof?: (boolean|null);
            }

            /** Represents a StdioOutput. */
            class StdioOutput implements IStdioOutput {

                /**
                 * Constructs a new StdioOutput.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tandem.agent.v1.IStdioOutput);

                /** StdioOutput fd. */
                public fd: number;

                /** StdioOutput data. */
                public data: Uint8Array;

                /** StdioOutput ack. */
                public ack: number;

                /** StdioOutput portEnded. */
                public portEnded: boolean;

                /** StdioOutput portBytes. */
                public portBytes: number;

                /** StdioOutput eof. */
                public eof: boolean;

                /**
                 * Creates a new StdioOutput instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns StdioOutput instance
                 */
                public static create(properties?: tandem.agent.v1.IStdioOutput): tandem.agent.v1.StdioOutput;

                /**
                 * Encodes the specified StdioOutput message. Does not implicitly {@link tandem.agent.v1.StdioOutput.verify|verify} messages.
                 * @param message StdioOutput message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: tandem.agent.v1.IStdioOutput, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StdioOutput message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns StdioOutput
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tandem.agent.v1.StdioOutput;

                /**
                 * Gets the default type url for StdioOutput
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a PortInput. */
            interface IPortInput {

                /** PortInput port */
                port?: (number|null);

                /** PortInput data */
                data?: (Uint8Array|null);

                /** PortInput ack */
                ack?: (number|null);

                /** PortInput eof */
                eof?: (boolean|null);

                /** PortInput outputPorts */
                outputPorts?: (boolean|null);

                /** PortInput reset */
                reset?: (boolean|null);

                /** PortInput containerId */
                containerId?: (string|null);

                /** PortInput connId */
                connId?: (number|null);
            }

            /** Represents a PortInput. */
            class PortInput implements IPortInput {

                /**
                 * Constructs a new PortInput.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tandem.agent.v1.IPortInput);

                /** PortInput port. */
                public port: number;

                /** PortInput data. */
                public data: Uint8Array;

                /** PortInput ack. */
                public ack: number;

                /** PortInput eof. */
                public eof: boolean;

                /** PortInput outputPorts. */
                public outputPorts: boolean;

                /** PortInput reset. */
                public reset: boolean;

                /** PortInput containerId. */
                public containerId: string;

                /** PortInput connId. */
                public connId: number;

                /**
                 * Creates a new PortInput instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PortInput instance
                 */
                public static create(properties?: tandem.agent.v1.IPortInput): tandem.agent.v1.PortInput;

                /**
                 * Encodes the specified PortInput message. Does not implicitly {@link tandem.agent.v1.PortInput.verify|verify} messages.
                 * @param message PortInput message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: tandem.agent.v1.IPortInput, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PortInput message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns PortInput
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tandem.agent.v1.PortInput;

                /**
                 * Gets the default type url for PortInput
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a SocketsInput. */
            interface ISocketsInput {

                /** SocketsInput containerId */
                containerId?: (string|null);
            }

            /** Represents a SocketsInput. */
            class SocketsInput implements ISocketsInput {

                /**
                 * Constructs a new SocketsInput.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tandem.agent.v1.ISocketsInput);

                /** SocketsInput containerId. */
                public containerId: string;

                /**
                 * Creates a new SocketsInput instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SocketsInput instance
                 */
                public static create(properties?: tandem.agent.v1.ISocketsInput): tandem.agent.v1.SocketsInput;

                /**
                 * Encodes the specified SocketsInput message. Does not implicitly {@link tandem.agent.v1.SocketsInput.verify|verify} messages.
                 * @param message SocketsInput message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: tandem.agent.v1.ISocketsInput, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SocketsInput message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns SocketsInput
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tandem.agent.v1.SocketsInput;

                /**
                 * Gets the default type url for SocketsInput
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a SocketsOutput. */
            interface ISocketsOutput {

                /** SocketsOutput index */
                index?: (number|null);

                /** SocketsOutput connId */
                connId?: (number|null);
            }

            /** Represents a SocketsOutput. */
            class SocketsOutput implements ISocketsOutput {

                /**
                 * Constructs a new SocketsOutput.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tandem.agent.v1.ISocketsOutput);

                /** SocketsOutput index. */
                public index: number;

                /** SocketsOutput connId. */
                public connId: number;

                /**
                 * Creates a new SocketsOutput instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SocketsOutput instance
                 */
                public static create(properties?: tandem.agent.v1.ISocketsOutput): tandem.agent.v1.SocketsOutput;

                /**
                 * Encodes the specified SocketsOutput message. Does not implicitly {@link tandem.agent.v1.SocketsOutput.verify|verify} messages.
                 * @param message SocketsOutput message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: tandem.agent.v1.ISocketsOutput, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SocketsOutput message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns SocketsOutput
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tandem.agent.v1.SocketsOutput;

                /**
                 * Gets the default type url for SocketsOutput
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a PortOutput. */
            interface IPortOutput {

                /** PortOutput data */
                data?: (Uint8Array|null);

                /** PortOutput ack */
                ack?: (number|null);

                /** PortOutput port */
                port?: (string|null);

                /** PortOutput portEnded */
                portEnded?: (boolean|null);

                /** PortOutput portBytes */
                portBytes?: (number|null);

                /** PortOutput eof */
                eof?: (boolean|null);
            }

            /** Represents a PortOutput. */
            class PortOutput implements IPortOutput {

                /**
                 * Constructs a new PortOutput.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tandem.agent.v1.IPortOutput);

                /** PortOutput data. */
                public data: Uint8Array;

                /** PortOutput ack. */
                public ack: number;

                /** PortOutput port. */
                public port: string;

                /** PortOutput portEnded. */
                public portEnded: boolean;

                /** PortOutput portBytes. */
                public portBytes: number;

                /** PortOutput eof. */
                public eof: boolean;

                /**
                 * Creates a new PortOutput instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PortOutput instance
                 */
                public static create(properties?: tandem.agent.v1.IPortOutput): tandem.agent.v1.PortOutput;

                /**
                 * Encodes the specified PortOutput message. Does not implicitly {@link tandem.agent.v1.PortOutput.verify|verify} messages.
                 * @param message PortOutput message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: tandem.agent.v1.IPortOutput, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PortOutput message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns PortOutput
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tandem.agent.v1.PortOutput;

                /**
                 * Gets the default type url for PortOutput
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }
        }
    }
}
