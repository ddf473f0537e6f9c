import * as $protobuf from "protobufjs";
import Long = require("long");
/** Namespace io. */
export namespace io {

    /** Namespace containerd. */
    namespace containerd {

        /** Namespace cgroups. */
        namespace cgroups {

            /** Namespace v2. */
            namespace v2 {

                /** Properties of a Metrics. */
                interface IMetrics {

                    /** Metrics pids */
                    pids?: (io.containerd.cgroups.v2.IPidsStat|null);

                    /** Metrics cpu */
                    cpu?: (io.containerd.cgroups.v2.ICPUStat|null);

                    /** Metrics memory */
                    memory?: (io.containerd.cgroups.v2.IMemoryStat|null);
                }

                /** Represents a Metrics. */
                class Metrics implements IMetrics {

                    /**
                     * Constructs a new Metrics.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: io.containerd.cgroups.v2.IMetrics);

                    /** Metrics pids. */
                    public pids?: (io.containerd.cgroups.v2.IPidsStat|null);

                    /** Metrics cpu. */
                    public cpu?: (io.containerd.cgroups.v2.ICPUStat|null);

                    /** Metrics memory. */
                    public memory?: (io.containerd.cgroups.v2.IMemoryStat|null);

                    /**
                     * Creates a new Metrics instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Metrics instance
                     */
                    public static create(properties?: io.containerd.cgroups.v2.IMetrics): io.containerd.cgroups.v2.Metrics;

                    /**
                     * Encodes the specified Metrics message. Does not implicitly {@link io.containerd.cgroups.v2.Metrics.verify|verify} messages.
                     * @param message Metrics message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: io.containerd.cgroups.v2.IMetrics, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Metrics message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns Metrics
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.containerd.cgroups.v2.Metrics;

                    /**
                     * Gets the default type url for Metrics
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a PidsStat. */
                interface IPidsStat {

                    /** PidsStat current */
                    current?: (number|null);

                    /** PidsStat limit */
                    limit?: (number|null);
                }

                /** Represents a PidsStat. */
                class PidsStat implements IPidsStat {

                    /**
                     * Constructs a new PidsStat.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: io.containerd.cgroups.v2.IPidsStat);

                    /** PidsStat current. */
                    public current: number;

                    /** PidsStat limit. */
                    public limit: number;

                    /**
                     * Creates a new PidsStat instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns PidsStat instance
                     */
                    public static create(properties?: io.containerd.cgroups.v2.IPidsStat): io.containerd.cgroups.v2.PidsStat;

                    /**
                     * Encodes the specified PidsStat message. Does not implicitly {@link io.containerd.cgroups.v2.PidsStat.verify|verify} messages.
                     * @param message PidsStat message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: io.containerd.cgroups.v2.IPidsStat, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a PidsStat message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns PidsStat
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.containerd.cgroups.v2.PidsStat;

                    /**
                     * Gets the default type url for PidsStat
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a CPUStat. */
                interface ICPUStat {

                    /** CPUStat usageUsec */
                    usageUsec?: (number|null);

                    /** CPUStat userUsec */
                    userUsec?: (number|null);

                    /** CPUStat systemUsec */
                    systemUsec?: (number|null);
                }

                /** Represents a CPUStat. */
                class CPUStat implements ICPUStat {

                    /**
                     * Constructs a new CPUStat.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: io.containerd.cgroups.v2.ICPUStat);

                    /** CPUStat usageUsec. */
                    public usageUsec: number;

                    /** CPUStat userUsec. */
                    public userUsec: number;

                    /** CPUStat systemUsec. */
                    public systemUsec: number;

                    /**
                     * Creates a new CPUStat instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns CPUStat instance
                     */
                    public static create(properties?: io.containerd.cgroups.v2.ICPUStat): io.containerd.cgroups.v2.CPUStat;

                    /**
                     * Encodes the specified CPUStat message. Does not implicitly {@link io.containerd.cgroups.v2.CPUStat.verify|verify} messages.
                     * @param message CPUStat message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: io.containerd.cgroups.v2.ICPUStat, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a CPUStat message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns CPUStat
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.containerd.cgroups.v2.CPUStat;

                    /**
                     * Gets the default type url for CPUStat
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a MemoryStat. */
                interface IMemoryStat {

                    /** MemoryStat anon */
                    anon?: (number|null);

                    /** MemoryStat file */
                    file?: (number|null);

                    /** MemoryStat inactiveFile */
                    inactiveFile?: (number|null);

                    /** MemoryStat usage */
                    usage?: (number|null);

                    /** MemoryStat usageLimit */
                    usageLimit?: (number|null);
                }

                /** Represents a MemoryStat. */
                class MemoryStat implements IMemoryStat {

                    /**
                     * Constructs a new MemoryStat.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: io.containerd.cgroups.v2.IMemoryStat);

                    /** MemoryStat anon. */
                    public anon: number;

                    /** MemoryStat file. */
                    public file: number;

                    /** MemoryStat inactiveFile. */
                    public inactiveFile: number;

                    /** MemoryStat usage. */
                    public usage: number;

                    /** MemoryStat usageLimit. */
                    public usageLimit: number;

                    /**
                     * Creates a new MemoryStat instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns MemoryStat instance
                     */
                    public static create(properties?: io.containerd.cgroups.v2.IMemoryStat): io.containerd.cgroups.v2.MemoryStat;

                    /**
                     * Encodes the specified MemoryStat message. Does not implicitly {@link io.containerd.cgroups.v2.MemoryStat.verify|verify} messages.
                     * @param message MemoryStat message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: io.containerd.cgroups.v2.IMemoryStat, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a MemoryStat message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns MemoryStat
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.containerd.cgroups.v2.MemoryStat;

                    /**
                     * Gets the default type url for MemoryStat
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }
            }
        }
    }
}

/** Namespace containerd. */
export namespace containerd {

    /** Namespace events. */
    namespace events {

        /** Properties of a TaskCreate. */
        interface ITaskCreate {

            /** TaskCreate containerId */
            containerId?: (string|null);

            /** TaskCreate bundle */
            bundle?: (string|null);

            /** TaskCreate rootfs */
            rootfs?: (containerd.types.IMount[]|null);

            /** TaskCreate io */
            io?: (containerd.events.ITaskIO|null);

            /** TaskCreate checkpoint */
            checkpoint?: (string|null);

            /** TaskCreate pid */
            pid?: (number|null);
        }

        /** Represents a TaskCreate. */
        class TaskCreate implements ITaskCreate {

            /**
             * Constructs a new TaskCreate.
             * @param [properties] Properties to set
             */
            constructor(properties?: containerd.events.ITaskCreate);

            /** TaskCreate containerId. */
            public containerId: string;

            /** TaskCreate bundle. */
            public bundle: string;

            /** TaskCreate rootfs. */
            public rootfs: containerd.types.IMount[];

            /** TaskCreate io. */
            public io?: (containerd.events.ITaskIO|null);

            /** TaskCreate checkpoint. */
            public checkpoint: string;

            /** TaskCreate pid. */
            public pid: number;

            /**
             * Creates a new TaskCreate instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TaskCreate instance
             */
            public static create(properties?: containerd.events.ITaskCreate): containerd.events.TaskCreate;

            /**
             * Encodes the specified TaskCreate message. Does not implicitly {@link containerd.events.TaskCreate.verify|verify} messages.
             * @param message TaskCreate message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: containerd.events.ITaskCreate, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TaskCreate message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns TaskCreate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.events.TaskCreate;

            /**
             * Gets the default type url for TaskCreate
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a TaskStart. */
        interface ITaskStart {

            /** TaskStart containerId */
            containerId?: (string|null);

            /** TaskStart pid */
            pid?: (number|null);
        }

        /** Represents a TaskStart. */
        class TaskStart implements ITaskStart {

            /**
             * Constructs a new TaskStart.
             * @param [properties] Properties to set
             */
            constructor(properties?: containerd.events.ITaskStart);

            /** TaskStart containerId. */
            public containerId: string;

            /** TaskStart pid. */
            public pid: number;

            /**
             * Creates a new TaskStart instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TaskStart instance
             */
            public static create(properties?: containerd.events.ITaskStart): containerd.events.TaskStart;

            /**
             * Encodes the specified TaskStart message. Does not implicitly {@link containerd.events.TaskStart.verify|verify} messages.
             * @param message TaskStart message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: containerd.events.ITaskStart, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TaskStart message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns TaskStart
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.events.TaskStart;

            /**
             * Gets the default type url for TaskStart
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a TaskDelete. */
        interface ITaskDelete {

            /** TaskDelete containerId */
            containerId?: (string|null);

            /** TaskDelete pid */
            pid?: (number|null);

            /** TaskDelete exitStatus */
            exitStatus?: (number|null);

            /** TaskDelete exitedAt */
            exitedAt?: (google.protobuf.ITimestamp|null);

            /** TaskDelete id */
            id?: (string|null);
        }

        /** Represents a TaskDelete. */
        class TaskDelete implements ITaskDelete {

            /**
             * Constructs a new TaskDelete.
             * @param [properties] Properties to set
             */
            constructor(properties?: containerd.events.ITaskDelete);

            /** TaskDelete containerId. */
            public containerId: string;

            /** TaskDelete pid. */
            public pid: number;

            /** TaskDelete exitStatus. */
            public exitStatus: number;

            /** TaskDelete exitedAt. */
            public exitedAt?: (google.protobuf.ITimestamp|null);

            /** TaskDelete id. */
            public id: string;

            /**
             * Creates a new TaskDelete instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TaskDelete instance
             */
            public static create(properties?: containerd.events.ITaskDelete): containerd.events.TaskDelete;

            /**
             * Encodes the specified TaskDelete message. Does not implicitly {@link containerd.events.TaskDelete.verify|verify} messages.
             * @param message TaskDelete message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: containerd.events.ITaskDelete, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TaskDelete message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns TaskDelete
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.events.TaskDelete;

            /**
             * Gets the default type url for TaskDelete
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a TaskIO. */
        interface ITaskIO {

            /** TaskIO stdin */
            stdin?: (string|null);

            /** TaskIO stdout */
            stdout?: (string|null);

            /** TaskIO stderr */
            stderr?: (string|null);

            /** TaskIO terminal */
            terminal?: (boolean|null);
        }

        /** Represents a TaskIO. */
        class TaskIO implements ITaskIO {

            /**
             * Constructs a new TaskIO.
             * @param [properties] Properties to set
             */
            constructor(properties?: containerd.events.ITaskIO);

            /** TaskIO stdin. */
            public stdin: string;

            /** TaskIO stdout. */
            public stdout: string;

            /** TaskIO stderr. */
            public stderr: string;

            /** TaskIO terminal. */
            public terminal: boolean;

            /**
             * Creates a new TaskIO instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TaskIO instance
             */
            public static create(properties?: containerd.events.ITaskIO): containerd.events.TaskIO;

            /**
             * Encodes the specified TaskIO message. Does not implicitly {@link containerd.events.TaskIO.verify|verify} messages.
             * @param message TaskIO message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: containerd.events.ITaskIO, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TaskIO message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns TaskIO
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.events.TaskIO;

            /**
             * Gets the default type url for TaskIO
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a TaskExit. */
        interface ITaskExit {

            /** TaskExit containerId */
            containerId?: (string|null);

            /** TaskExit id */
            id?: (string|null);

            /** TaskExit pid */
            pid?: (number|null);

            /** TaskExit exitStatus */
            exitStatus?: (number|null);

            /** TaskExit exitedAt */
            exitedAt?: (google.protobuf.ITimestamp|null);
        }

        /** Represents a TaskExit. */
        class TaskExit implements ITaskExit {

            /**
             * Constructs a new TaskExit.
             * @param [properties] Properties to set
             */
            constructor(properties?: containerd.events.ITaskExit);

            /** TaskExit containerId. */
            public containerId: string;

            /** TaskExit id. */
            public id: string;

            /** TaskExit pid. */
            public pid: number;

            /** TaskExit exitStatus. */
            public exitStatus: number;

            /** TaskExit exitedAt. */
            public exitedAt?: (google.protobuf.ITimestamp|null);

            /**
             * Creates a new TaskExit instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TaskExit instance
             */
            public static create(properties?: containerd.events.ITaskExit): containerd.events.TaskExit;

            /**
             * Encodes the specified TaskExit message. Does not implicitly {@link containerd.events.TaskExit.verify|verify} messages.
             * @param message TaskExit message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: containerd.events.ITaskExit, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TaskExit message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns TaskExit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.events.TaskExit;

            /**
             * Gets the default type url for TaskExit
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a TaskOOM. */
        interface ITaskOOM {

            /** TaskOOM containerId */
            containerId?: (string|null);
        }

        /** Represents a TaskOOM. */
        class TaskOOM implements ITaskOOM {

            /**
             * Constructs a new TaskOOM.
             * @param [properties] Properties to set
             */
            constructor(properties?: containerd.events.ITaskOOM);

            /** TaskOOM containerId. */
            public containerId: string;

            /**
             * Creates a new TaskOOM instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TaskOOM instance
             */
            public static create(properties?: containerd.events.ITaskOOM): containerd.events.TaskOOM;

            /**
             * Encodes the specified TaskOOM message. Does not implicitly {@link containerd.events.TaskOOM.verify|verify} messages.
             * @param message TaskOOM message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: containerd.events.ITaskOOM, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TaskOOM message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns TaskOOM
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.events.TaskOOM;

            /**
             * Gets the default type url for TaskOOM
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a TaskExecAdded. */
        interface ITaskExecAdded {

            /** TaskExecAdded containerId */
            containerId?: (string|null);

            /** TaskExecAdded execId */
            execId?: (string|null);
        }

        /** Represents a TaskExecAdded. */
        class TaskExecAdded implements ITaskExecAdded {

            /**
             * Constructs a new TaskExecAdded.
             * @param [properties] Properties to set
             */
            constructor(properties?: containerd.events.ITaskExecAdded);

            /** TaskExecAdded containerId. */
            public containerId: string;

            /** TaskExecAdded execId. */
            public execId: string;

            /**
             * Creates a new TaskExecAdded instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TaskExecAdded instance
             */
            public static create(properties?: containerd.events.ITaskExecAdded): containerd.events.TaskExecAdded;

            /**
             * Encodes the specified TaskExecAdded message. Does not implicitly {@link containerd.events.TaskExecAdded.verify|verify} messages.
             * @param message TaskExecAdded message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: containerd.events.ITaskExecAdded, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TaskExecAdded message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns TaskExecAdded
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.events.TaskExecAdded;

            /**
             * Gets the default type url for TaskExecAdded
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a TaskExecStarted. */
        interface ITaskExecStarted {

            /** TaskExecStarted containerId */
            containerId?: (string|null);

            /** TaskExecStarted execId */
            execId?: (string|null);

            /** TaskExecStarted pid */
            pid?: (number|null);
        }

        /** Represents a TaskExecStarted. */
        class TaskExecStarted implements ITaskExecStarted {

            /**
             * Constructs a new TaskExecStarted.
             * @param [properties] Properties to set
             */
            constructor(properties?: containerd.events.ITaskExecStarted);

            /** TaskExecStarted containerId. */
            public containerId: string;

            /** TaskExecStarted execId. */
            public execId: string;

            /** TaskExecStarted pid. */
            public pid: number;

            /**
             * Creates a new TaskExecStarted instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TaskExecStarted instance
             */
            public static create(properties?: containerd.events.ITaskExecStarted): containerd.events.TaskExecStarted;

            /**
             * Encodes the specified TaskExecStarted message. Does not implicitly {@link containerd.events.TaskExecStarted.verify|verify} messages.
             * @param message TaskExecStarted message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: containerd.events.ITaskExecStarted, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TaskExecStarted message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns TaskExecStarted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.events.TaskExecStarted;

            /**
             * Gets the default type url for TaskExecStarted
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a TaskPaused. */
        interface ITaskPaused {

            /** TaskPaused containerId */
            containerId?: (string|null);
        }

        /** Represents a TaskPaused. */
        class TaskPaused implements ITaskPaused {

            /**
             * Constructs a new TaskPaused.
             * @param [properties] Properties to set
             */
            constructor(properties?: containerd.events.ITaskPaused);

            /** TaskPaused containerId. */
            public containerId: string;

            /**
             * Creates a new TaskPaused instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TaskPaused instance
             */
            public static create(properties?: containerd.events.ITaskPaused): containerd.events.TaskPaused;

            /**
             * Encodes the specified TaskPaused message. Does not implicitly {@link containerd.events.TaskPaused.verify|verify} messages.
             * @param message TaskPaused message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: containerd.events.ITaskPaused, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TaskPaused message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns TaskPaused
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.events.TaskPaused;

            /**
             * Gets the default type url for TaskPaused
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a TaskResumed. */
        interface ITaskResumed {

            /** TaskResumed containerId */
            containerId?: (string|null);
        }

        /** Represents a TaskResumed. */
        class TaskResumed implements ITaskResumed {

            /**
             * Constructs a new TaskResumed.
             * @param [properties] Properties to set
             */
            constructor(properties?: containerd.events.ITaskResumed);

            /** TaskResumed containerId. */
            public containerId: string;

            /**
             * Creates a new TaskResumed instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TaskResumed instance
             */
            public static create(properties?: containerd.events.ITaskResumed): containerd.events.TaskResumed;

            /**
             * Encodes the specified TaskResumed message. Does not implicitly {@link containerd.events.TaskResumed.verify|verify} messages.
             * @param message TaskResumed message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: containerd.events.ITaskResumed, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TaskResumed message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns TaskResumed
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.events.TaskResumed;

            /**
             * Gets the default type url for TaskResumed
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a TaskCheckpointed. */
        interface ITaskCheckpointed {

            /** TaskCheckpointed containerId */
            containerId?: (string|null);

            /** TaskCheckpointed checkpoint */
            checkpoint?: (string|null);
        }

        /** Represents a TaskCheckpointed. */
        class TaskCheckpointed implements ITaskCheckpointed {

            /**
             * Constructs a new TaskCheckpointed.
             * @param [properties] Properties to set
             */
            constructor(properties?: containerd.events.ITaskCheckpointed);

            /** TaskCheckpointed containerId. */
            public containerId: string;

            /** TaskCheckpointed checkpoint. */
            public checkpoint: string;

            /**
             * Creates a new TaskCheckpointed instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TaskCheckpointed instance
             */
            public static create(properties?: containerd.events.ITaskCheckpointed): containerd.events.TaskCheckpointed;

            /**
             * Encodes the specified TaskCheckpointed message. Does not implicitly {@link containerd.events.TaskCheckpointed.verify|verify} messages.
             * @param message TaskCheckpointed message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: containerd.events.ITaskCheckpointed, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TaskCheckpointed message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns TaskCheckpointed
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.events.TaskCheckpointed;

            /**
             * Gets the default type url for TaskCheckpointed
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }
    }

    /** Namespace types. */
    namespace types {

        /** Properties of a Mount. */
        interface IMount {

            /** Mount type */
            type?: (string|null);

            /** Mount source */
            source?: (string|null);

            /** Mount target */
            target?: (string|null);

            /** Mount options */
            options?: (string[]|null);
        }

        /** Represents a Mount. */
        class Mount implements IMount {

            /**
             * Constructs a new Mount.
             * @param [properties] Properties to set
             */
            constructor(properties?: containerd.types.IMount);

            /** Mount type. */
            public type: string;

            /** Mount source. */
            public source: string;

            /** Mount target. */
            public target: string;

            /** Mount options. */
            public options: string[];

            /**
             * Creates a new Mount instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Mount instance
             */
            public static create(properties?: containerd.types.IMount): containerd.types.Mount;

            /**
             * Encodes the specified Mount message. Does not implicitly {@link containerd.types.Mount.verify|verify} messages.
             * @param message Mount message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: containerd.types.IMount, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Mount message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Mount
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.types.Mount;

            /**
             * Gets the default type url for Mount
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a Descriptor. */
        interface IDescriptor {

            /** Descriptor mediaType */
            mediaType?: (string|null);

            /** Descriptor digest */
            digest?: (string|null);

            /** Descriptor size */
            size?: (number|null);

            /** Descriptor annotations */
            annotations?: ({ [k: string]: string }|null);
        }

        /** Represents a Descriptor. */
        class Descriptor implements IDescriptor {

            /**
             * Constructs a new Descriptor.
             * @param [properties] Properties to set
             */
            constructor(properties?: containerd.types.IDescriptor);

            /** Descriptor mediaType. */
            public mediaType: string;

            /** Descriptor digest. */
            public digest: string;

            /** Descriptor size. */
            public size: number;

            /** Descriptor annotations. */
            public annotations: { [k: string]: string };

            /**
             * Creates a new Descriptor instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Descriptor instance
             */
            public static create(properties?: containerd.types.IDescriptor): containerd.types.Descriptor;

            /**
             * Encodes the specified Descriptor message. Does not implicitly {@link containerd.types.Descriptor.verify|verify} messages.
             * @param message Descriptor message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: containerd.types.IDescriptor, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Descriptor message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Descriptor
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.types.Descriptor;

            /**
             * Gets the default type url for Descriptor
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }
    }

    /** Namespace task. */
    namespace task {

        /** Namespace v2. */
        namespace v2 {

            /** Represents a Task */
            class Task extends $protobuf.rpc.Service {

                /**
                 * Constructs a new Task service.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 */
                constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

                /**
                 * Creates new Task service using the specified rpc implementation.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 * @returns RPC service. Useful where requests and/or responses are streamed.
                 */
                public static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Task;

                /**
                 * Calls State.
                 * @param request StateRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and StateResponse
                 */
                public state(request: containerd.task.v2.IStateRequest, callback: containerd.task.v2.Task.StateCallback): void;

                /**
                 * Calls State.
                 * @param request StateRequest message or plain object
                 * @returns Promise
                 */
                public state(request: containerd.task.v2.IStateRequest): Promise<containerd.task.v2.StateResponse>;

                /**
                 * Calls Create.
                 * @param request CreateTaskRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and CreateTaskResponse
                 */
                public create(request: containerd.task.v2.ICreateTaskRequest, callback: containerd.task.v2.Task.CreateCallback): void;

                /**
                 * Calls Create.
                 * @param request CreateTaskRequest message or plain object
                 * @returns Promise
                 */
                public create(request: containerd.task.v2.ICreateTaskRequest): Promise<containerd.task.v2.CreateTaskResponse>;

                /**
                 * Calls Start.
                 * @param request StartRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and StartResponse
                 */
                public start(request: containerd.task.v2.IStartRequest, callback: containerd.task.v2.Task.StartCallback): void;

                /**
                 * Calls Start.
                 * @param request StartRequest message or plain object
                 * @returns Promise
                 */
                public start(request: containerd.task.v2.IStartRequest): Promise<containerd.task.v2.StartResponse>;

                /**
                 * Calls Delete.
                 * @param request DeleteRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and DeleteResponse
                 */
                public delete(request: containerd.task.v2.IDeleteRequest, callback: containerd.task.v2.Task.DeleteCallback): void;

                /**
                 * Calls Delete.
                 * @param request DeleteRequest message or plain object
                 * @returns Promise
                 */
                public delete(request: containerd.task.v2.IDeleteRequest): Promise<containerd.task.v2.DeleteResponse>;

                /**
                 * Calls Pids.
                 * @param request PidsRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and PidsResponse
                 */
                public pids(request: containerd.task.v2.IPidsRequest, callback: containerd.task.v2.Task.PidsCallback): void;

                /**
                 * Calls Pids.
                 * @param request PidsRequest message or plain object
                 * @returns Promise
                 */
                public pids(request: containerd.task.v2.IPidsRequest): Promise<containerd.task.v2.PidsResponse>;

                /**
                 * Calls Pause.
                 * @param request PauseRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and Empty
                 */
                public pause(request: containerd.task.v2.IPauseRequest, callback: containerd.task.v2.Task.PauseCallback): void;

                /**
                 * Calls Pause.
                 * @param request PauseRequest message or plain object
                 * @returns Promise
                 */
                public pause(request: containerd.task.v2.IPauseRequest): Promise<google.protobuf.Empty>;

                /**
                 * Calls Resume.
                 * @param request ResumeRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and Empty
                 */
                public resume(request: containerd.task.v2.IResumeRequest, callback: containerd.task.v2.Task.ResumeCallback): void;

                /**
                 * Calls Resume.
                 * @param request ResumeRequest message or plain object
                 * @returns Promise
                 */
                public resume(request: containerd.task.v2.IResumeRequest): Promise<google.protobuf.Empty>;

                /**
                 * Calls Checkpoint.
                 * @param request CheckpointTaskRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and Empty
                 */
                public checkpoint(request: containerd.task.v2.ICheckpointTaskRequest, callback: containerd.task.v2.Task.CheckpointCallback): void;

                /**
                 * Calls Checkpoint.
                 * @param request CheckpointTaskRequest message or plain object
                 * @returns Promise
                 */
                public checkpoint(request: containerd.task.v2.ICheckpointTaskRequest): Promise<google.protobuf.Empty>;

                /**
                 * Calls Kill.
                 * @param request KillRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and Empty
                 */
                public kill(request: containerd.task.v2.IKillRequest, callback: containerd.task.v2.Task.KillCallback): void;

                /**
                 * Calls Kill.
                 * @param request KillRequest message or plain object
                 * @returns Promise
                 */
                public kill(request: containerd.task.v2.IKillRequest): Promise<google.protobuf.Empty>;

                /**
                 * Calls Exec.
                 * @param request ExecProcessRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and Empty
                 */
                public exec(request: containerd.task.v2.IExecProcessRequest, callback: containerd.task.v2.Task.ExecCallback): void;

                /**
                 * Calls Exec.
                 * @param request ExecProcessRequest message or plain object
                 * @returns Promise
                 */
                public exec(request: containerd.task.v2.IExecProcessRequest): Promise<google.protobuf.Empty>;

                /**
                 * Calls ResizePty.
                 * @param request ResizePtyRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and Empty
                 */
                public resizePty(request: containerd.task.v2.IResizePtyRequest, callback: containerd.task.v2.Task.ResizePtyCallback): void;

                /**
                 * Calls ResizePty.
                 * @param request ResizePtyRequest message or plain object
                 * @returns Promise
                 */
                public resizePty(request: containerd.task.v2.IResizePtyRequest): Promise<google.protobuf.Empty>;

                /**
                 * Calls CloseIO.
                 * @param request CloseIORequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and Empty
                 */
                public closeIO(request: containerd.task.v2.ICloseIORequest, callback: containerd.task.v2.Task.CloseIOCallback): void;

                /**
                 * Calls CloseIO.
                 * @param request CloseIORequest message or plain object
                 * @returns Promise
                 */
                public closeIO(request: containerd.task.v2.ICloseIORequest): Promise<google.protobuf.Empty>;

                /**
                 * Calls Update.
                 * @param request UpdateTaskRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and Empty
                 */
                public update(request: containerd.task.v2.IUpdateTaskRequest, callback: containerd.task.v2.Task.UpdateCallback): void;

                /**
                 * Calls Update.
                 * @param request UpdateTaskRequest message or plain object
                 * @returns Promise
                 */
                public update(request: containerd.task.v2.IUpdateTaskRequest): Promise<google.protobuf.Empty>;

                /**
                 * Calls Wait.
                 * @param request WaitRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and WaitResponse
                 */
                public wait(request: containerd.task.v2.IWaitRequest, callback: containerd.task.v2.Task.WaitCallback): void;

                /**
                 * Calls Wait.
                 * @param request WaitRequest message or plain object
                 * @returns Promise
                 */
                public wait(request: containerd.task.v2.IWaitRequest): Promise<containerd.task.v2.WaitResponse>;

                /**
                 * Calls Stats.
                 * @param request StatsRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and StatsResponse
                 */
                public stats(request: containerd.task.v2.IStatsRequest, callback: containerd.task.v2.Task.StatsCallback): void;

                /**
                 * Calls Stats.
                 * @param request StatsRequest message or plain object
                 * @returns Promise
                 */
                public stats(request: containerd.task.v2.IStatsRequest): Promise<containerd.task.v2.StatsResponse>;

                /**
                 * Calls Connect.
                 * @param request ConnectRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and ConnectResponse
                 */
                public connect(request: containerd.task.v2.IConnectRequest, callback: containerd.task.v2.Task.ConnectCallback): void;

                /**
                 * Calls Connect.
                 * @param request ConnectRequest message or plain object
                 * @returns Promise
                 */
                public connect(request: containerd.task.v2.IConnectRequest): Promise<containerd.task.v2.ConnectResponse>;

                /**
                 * Calls Shutdown.
                 * @param request ShutdownRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and Empty
                 */
                public shutdown(request: containerd.task.v2.IShutdownRequest, callback: containerd.task.v2.Task.ShutdownCallback): void;

                /**
                 * Calls Shutdown.
                 * @param request ShutdownRequest message or plain object
                 * @returns Promise
                 */
                public shutdown(request: containerd.task.v2.IShutdownRequest): Promise<google.protobuf.Empty>;
            }

            namespace Task {

                /**
                 * Callback as used by {@link containerd.task.v2.Task#state}.
                 * @param error Error, if any
                 * @param [response] StateResponse
                 */
                type StateCallback = (error: (Error|null), response?: containerd.task.v2.StateResponse) => void;

                /**
                 * Callback as used by {@link containerd.task.v2.Task#create}.
                 * @param error Error, if any
                 * @param [response] CreateTaskResponse
                 */
                type CreateCallback = (error: (Error|null), response?: containerd.task.v2.CreateTaskResponse) => void;

                /**
                 * Callback as used by {@link containerd.task.v2.Task#start}.
                 * @param error Error, if any
                 * @param [response] StartResponse
                 */
                type StartCallback = (error: (Error|null), response?: containerd.task.v2.StartResponse) => void;

                /**
                 * Callback as used by {@link containerd.task.v2.Task#delete_}.
                 * @param error Error, if any
                 * @param [response] DeleteResponse
                 */
                type DeleteCallback = (error: (Error|null), response?: containerd.task.v2.DeleteResponse) => void;

                /**
                 * Callback as used by {@link containerd.task.v2.Task#pids}.
                 * @param error Error, if any
                 * @param [response] PidsResponse
                 */
                type PidsCallback = (error: (Error|null), response?: containerd.task.v2.PidsResponse) => void;

                /**
                 * Callback as used by {@link containerd.task.v2.Task#pause}.
                 * @param error Error, if any
                 * @param [response] Empty
                 */
                type PauseCallback = (error: (Error|null), response?: google.protobuf.Empty) => void;

                /**
                 * Callback as used by {@link containerd.task.v2.Task#resume}.
                 * @param error Error, if any
                 * @param [response] Empty
                 */
                type ResumeCallback = (error: (Error|null), response?: google.protobuf.Empty) => void;

                /**
                 * Callback as used by {@link containerd.task.v2.Task#checkpoint}.
                 * @param error Error, if any
                 * @param [response] Empty
                 */
                type CheckpointCallback = (error: (Error|null), response?: google.protobuf.Empty) => void;

                /**
                 * Callback as used by {@link containerd.task.v2.Task#kill}.
                 * @param error Error, if any
                 * @param [response] Empty
                 */
                type KillCallback = (error: (Error|null), response?: google.protobuf.Empty) => void;

                /**
                 * Callback as used by {@link containerd.task.v2.Task#exec}.
                 * @param error Error, if any
                 * @param [response] Empty
                 */
                type ExecCallback = (error: (Error|null), response?: google.protobuf.Empty) => void;

                /**
                 * Callback as used by {@link containerd.task.v2.Task#resizePty}.
                 * @param error Error, if any
                 * @param [response] Empty
                 */
                type ResizePtyCallback = (error: (Error|null), response?: google.protobuf.Empty) => void;

                /**
                 * Callback as used by {@link containerd.task.v2.Task#closeIO}.
                 * @param error Error, if any
                 * @param [response] Empty
                 */
                type CloseIOCallback = (error: (Error|null), response?: google.protobuf.Empty) => void;

                /**
                 * Callback as used by {@link containerd.task.v2.Task#update}.
                 * @param error Error, if any
                 * @param [response] Empty
                 */
                type UpdateCallback = (error: (Error|null), response?: google.protobuf.Empty) => void;

                /**
                 * Callback as used by {@link containerd.task.v2.Task#wait}.
                 * @param error Error, if any
                 * @param [response] WaitResponse
                 */
                type WaitCallback = (error: (Error|null), response?: containerd.task.v2.WaitResponse) => void;

                /**
                 * Callback as used by {@link containerd.task.v2.Task#stats}.
                 * @param error Error, if any
                 * @param [response] StatsResponse
                 */
                type StatsCallback = (error: (Error|null), response?: containerd.task.v2.StatsResponse) => void;

                /**
                 * Callback as used by {@link containerd.task.v2.Task#connect}.
                 * @param error Error, if any
                 * @param [response] ConnectResponse
                 */
                type ConnectCallback = (error: (Error|null), response?: containerd.task.v2.ConnectResponse) => void;

                /**
                 * Callback as used by {@link containerd.task.v2.Task#shutdown}.
                 * @param error Error, if any
                 * @param [response] Empty
                 */
                type ShutdownCallback = (error: (Error|null), response?: google.protobuf.Empty) => void;
            }

            /** Properties of a CreateTaskRequest. */
            interface ICreateTaskRequest {

                /** CreateTaskRequest id */
                id?: (string|null);

                /** CreateTaskRequest bundle */
                bundle?: (string|null);

                /** CreateTaskRequest rootfs */
                rootfs?: (containerd.types.IMount[]|null);

                /** CreateTaskRequest terminal */
                terminal?: (boolean|null);

                /** CreateTaskRequest stdin */
                stdin?: (string|null);

                /** CreateTaskRequest stdout */
                stdout?: (string|null);

                /** CreateTaskRequest stderr */
                stderr?: (string|null);

                /** CreateTaskRequest checkpoint */
                checkpoint?: (string|null);

                /** CreateTaskRequest parentCheckpoint */
                parentCheckpoint?: (string|null);

                /** CreateTaskRequest options */
                options?: (google.protobuf.IAny|null);
            }

            /** Represents a CreateTaskRequest. */
            class CreateTaskRequest implements ICreateTaskRequest {

                /**
                 * Constructs a new CreateTaskRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: containerd.task.v2.ICreateTaskRequest);

                /** CreateTaskRequest id. */
                public id: string;

                /** CreateTaskRequest bundle. */
                public bundle: string;

                /** CreateTaskRequest rootfs. */
                public rootfs: containerd.types.IMount[];

                /** CreateTaskRequest terminal. */
                public terminal: boolean;

                /** CreateTaskRequest stdin. */
                public stdin: string;

                /** CreateTaskRequest stdout. */
                public stdout: string;

                /** CreateTaskRequest stderr. */
                public stderr: string;

                /** CreateTaskRequest checkpoint. */
                public checkpoint: string;

                /** CreateTaskRequest parentCheckpoint. */
                public parentCheckpoint: string;

                /** CreateTaskRequest options. */
                public options?: (google.protobuf.IAny|null);

                /**
                 * Creates a new CreateTaskRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CreateTaskRequest instance
                 */
                public static create(properties?: containerd.task.v2.ICreateTaskRequest): containerd.task.v2.CreateTaskRequest;

                /**
                 * Encodes the specified CreateTaskRequest message. Does not implicitly {@link containerd.task.v2.CreateTaskRequest.verify|verify} messages.
                 * @param message CreateTaskRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: containerd.task.v2.ICreateTaskRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CreateTaskRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns CreateTaskRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.CreateTaskRequest;

                /**
                 * Gets the default type url for CreateTaskRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a CreateTaskResponse. */
            interface ICreateTaskResponse {

                /** CreateTaskResponse pid */
                pid?: (number|null);
            }

            /** Represents a CreateTaskResponse. */
            class CreateTaskResponse implements ICreateTaskResponse {

                /**
                 * Constructs a new CreateTaskResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: containerd.task.v2.ICreateTaskResponse);

                /** CreateTaskResponse pid. */
                public pid: number;

                /**
                 * Creates a new CreateTaskResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CreateTaskResponse instance
                 */
                public static create(properties?: containerd.task.v2.ICreateTaskResponse): containerd.task.v2.CreateTaskResponse;

                /**
                 * Encodes the specified CreateTaskResponse message. Does not implicitly {@link containerd.task.v2.CreateTaskResponse.verify|verify} messages.
                 * @param message CreateTaskResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: containerd.task.v2.ICreateTaskResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CreateTaskResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns CreateTaskResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.CreateTaskResponse;

                /**
                 * Gets the default type url for CreateTaskResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a DeleteRequest. */
            interface IDeleteRequest {

                /** DeleteRequest id */
                id?: (string|null);

                /** DeleteRequest execId */
                execId?: (string|null);
            }

            /** Represents a DeleteRequest. */
            class DeleteRequest implements IDeleteRequest {

                /**
                 * Constructs a new DeleteRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: containerd.task.v2.IDeleteRequest);

                /** DeleteRequest id. */
                public id: string;

                /** DeleteRequest execId. */
                public execId: string;

                /**
                 * Creates a new DeleteRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DeleteRequest instance
                 */
                public static create(properties?: containerd.task.v2.IDeleteRequest): containerd.task.v2.DeleteRequest;

                /**
                 * Encodes the specified DeleteRequest message. Does not implicitly {@link containerd.task.v2.DeleteRequest.verify|verify} messages.
                 * @param message DeleteRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: containerd.task.v2.IDeleteRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DeleteRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns DeleteRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.DeleteRequest;

                /**
                 * Gets the default type url for DeleteRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a DeleteResponse. */
            interface IDeleteResponse {

                /** DeleteResponse pid */
                pid?: (number|null);

                /** DeleteResponse exitStatus */
                exitStatus?: (number|null);

                /** DeleteResponse exitedAt */
                exitedAt?: (google.protobuf.ITimestamp|null);
            }

            /** Represents a DeleteResponse. */
            class DeleteResponse implements IDeleteResponse {

                /**
                 * Constructs a new DeleteResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: containerd.task.v2.IDeleteResponse);

                /** DeleteResponse pid. */
                public pid: number;

                /** DeleteResponse exitStatus. */
                public exitStatus: number;

                /** DeleteResponse exitedAt. */
                public exitedAt?: (google.protobuf.ITimestamp|null);

                /**
                 * Creates a new DeleteResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DeleteResponse instance
                 */
                public static create(properties?: containerd.task.v2.IDeleteResponse): containerd.task.v2.DeleteResponse;

                /**
                 * Encodes the specified DeleteResponse message. Does not implicitly {@link containerd.task.v2.DeleteResponse.verify|verify} messages.
                 * @param message DeleteResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: containerd.task.v2.IDeleteResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DeleteResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns DeleteResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.DeleteResponse;

                /**
                 * Gets the default type url for DeleteResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of an ExecProcessRequest. */
            interface IExecProcessRequest {

                /** ExecProcessRequest id */
                id?: (string|null);

                /** ExecProcessRequest execId */
                execId?: (string|null);

                /** ExecProcessRequest terminal */
                terminal?: (boolean|null);

                /** ExecProcessRequest stdin */
                stdin?: (string|null);

                /** ExecProcessRequest stdout */
                stdout?: (string|null);

                /** ExecProcessRequest stderr */
                stderr?: (string|null);

                /** ExecProcessRequest spec */
                spec?: (google.protobuf.IAny|null);
            }

            /** Represents an ExecProcessRequest. */
            class ExecProcessRequest implements IExecProcessRequest {

                /**
                 * Constructs a new ExecProcessRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: containerd.task.v2.IExecProcessRequest);

                /** ExecProcessRequest id. */
                public id: string;

                /** ExecProcessRequest execId. */
                public execId: string;

                /** ExecProcessRequest terminal. */
                public terminal: boolean;

                /** ExecProcessRequest stdin. */
                public stdin: string;

                /** ExecProcessRequest stdout. */
                public stdout: string;

                /** ExecProcessRequest stderr. */
                public stderr: string;

                /** ExecProcessRequest spec. */
                public spec?: (google.protobuf.IAny|null);

                /**
                 * Creates a new ExecProcessRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ExecProcessRequest instance
                 */
                public static create(properties?: containerd.task.v2.IExecProcessRequest): containerd.task.v2.ExecProcessRequest;

                /**
                 * Encodes the specified ExecProcessRequest message. Does not implicitly {@link containerd.task.v2.ExecProcessRequest.verify|verify} messages.
                 * @param message ExecProcessRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: containerd.task.v2.IExecProcessRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an ExecProcessRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns ExecProcessRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.ExecProcessRequest;

                /**
                 * Gets the default type url for ExecProcessRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of an ExecProcessResponse. */
            interface IExecProcessResponse {
            }

            /** Represents an ExecProcessResponse. */
            class ExecProcessResponse implements IExecProcessResponse {

                /**
                 * Constructs a new ExecProcessResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: containerd.task.v2.IExecProcessResponse);

                /**
                 * Creates a new ExecProcessResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ExecProcessResponse instance
                 */
                public static create(properties?: containerd.task.v2.IExecProcessResponse): containerd.task.v2.ExecProcessResponse;

                /**
                 * Encodes the specified ExecProcessResponse message. Does not implicitly {@link containerd.task.v2.ExecProcessResponse.verify|verify} messages.
                 * @param message ExecProcessResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: containerd.task.v2.IExecProcessResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an ExecProcessResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns ExecProcessResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.ExecProcessResponse;

                /**
                 * Gets the default type url for ExecProcessResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a ResizePtyRequest. */
            interface IResizePtyRequest {

                /** ResizePtyRequest id */
                id?: (string|null);

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
                constructor(properties?: containerd.task.v2.IResizePtyRequest);

                /** ResizePtyRequest id. */
                public id: string;

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
                public static create(properties?: containerd.task.v2.IResizePtyRequest): containerd.task.v2.ResizePtyRequest;

                /**
                 * Encodes the specified ResizePtyRequest message. Does not implicitly {@link containerd.task.v2.ResizePtyRequest.verify|verify} messages.
                 * @param message ResizePtyRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: containerd.task.v2.IResizePtyRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ResizePtyRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns ResizePtyRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.ResizePtyRequest;

                /**
                 * Gets the default type url for ResizePtyRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a StateRequest. */
            interface IStateRequest {

                /** StateRequest id */
                id?: (string|null);

                /** StateRequest execId */
                execId?: (string|null);
            }

            /** Represents a StateRequest. */
            class StateRequest implements IStateRequest {

                /**
                 * Constructs a new StateRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: containerd.task.v2.IStateRequest);

                /** StateRequest id. */
                public id: string;

                /** StateRequest execId. */
                public execId: string;

                /**
                 * Creates a new StateRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns StateRequest instance
                 */
                public static create(properties?: containerd.task.v2.IStateRequest): containerd.task.v2.StateRequest;

                /**
                 * Encodes the specified StateRequest message. Does not implicitly {@link containerd.task.v2.StateRequest.verify|verify} messages.
                 * @param message StateRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: containerd.task.v2.IStateRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StateRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns StateRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.StateRequest;

                /**
                 * Gets the default type url for StateRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a StateResponse. */
            interface IStateResponse {

                /** StateResponse id */
                id?: (string|null);

                /** StateResponse bundle */
                bundle?: (string|null);

                /** StateResponse pid */
                pid?: (number|null);

                /** StateResponse status */
                status?: (containerd.v1.types.Status|null);

                /** StateResponse stdin */
                stdin?: (string|null);

                /** StateResponse stdout */
                stdout?: (string|null);

                /** StateResponse stderr */
                stderr?: (string|null);

                /** StateResponse terminal */
                terminal?: (boolean|null);

                /** StateResponse exitStatus */
                exitStatus?: (number|null);

                /** StateResponse exitedAt */
                exitedAt?: (google.protobuf.ITimestamp|null);

                /** StateResponse execId */
                execId?: (string|null);
            }

            /** Represents a StateResponse. */
            class StateResponse implements IStateResponse {

                /**
                 * Constructs a new StateResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: containerd.task.v2.IStateResponse);

                /** StateResponse id. */
                public id: string;

                /** StateResponse bundle. */
                public bundle: string;

                /** StateResponse pid. */
                public pid: number;

                /** StateResponse status. */
                public status: containerd.v1.types.Status;

                /** StateResponse stdin. */
                public stdin: string;

                /** StateResponse stdout. */
                public stdout: string;

                /** StateResponse stderr. */
                public stderr: string;

                /** StateResponse terminal. */
                public terminal: boolean;

                /** StateResponse exitStatus. */
                public exitStatus: number;

                /** StateResponse exitedAt. */
                public exitedAt?: (google.protobuf.ITimestamp|null);

                /** StateResponse execId. */
                public execId: string;

                /**
                 * Creates a new StateResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns StateResponse instance
                 */
                public static create(properties?: containerd.task.v2.IStateResponse): containerd.task.v2.StateResponse;

                /**
                 * Encodes the specified StateResponse message. Does not implicitly {@link containerd.task.v2.StateResponse.verify|verify} messages.
                 * @param message StateResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: containerd.task.v2.IStateResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StateResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns StateResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.StateResponse;

                /**
                 * Gets the default type url for StateResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a KillRequest. */
            interface IKillRequest {

                /** KillRequest id */
                id?: (string|null);

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
                constructor(properties?: containerd.task.v2.IKillRequest);

                /** KillRequest id. */
                public id: string;

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
                public static create(properties?: containerd.task.v2.IKillRequest): containerd.task.v2.KillRequest;

                /**
                 * Encodes the specified KillRequest message. Does not implicitly {@link containerd.task.v2.KillRequest.verify|verify} messages.
                 * @param message KillRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: containerd.task.v2.IKillRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a KillRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns KillRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.KillRequest;

                /**
                 * Gets the default type url for KillRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a CloseIORequest. */
            interface ICloseIORequest {

                /** CloseIORequest id */
                id?: (string|null);

                /** CloseIORequest execId */
                execId?: (string|null);

                /** CloseIORequest stdin */
                stdin?: (boolean|null);
            }

            /** Represents a CloseIORequest. */
            class CloseIORequest implements ICloseIORequest {

                /**
                 * Constructs a new CloseIORequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: containerd.task.v2.ICloseIORequest);

                /** CloseIORequest id. */
                public id: string;

                /** CloseIORequest execId. */
                public execId: string;

                /** CloseIORequest stdin. */
                public stdin: boolean;

                /**
                 * Creates a new CloseIORequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CloseIORequest instance
                 */
                public static create(properties?: containerd.task.v2.ICloseIORequest): containerd.task.v2.CloseIORequest;

                /**
                 * Encodes the specified CloseIORequest message. Does not implicitly {@link containerd.task.v2.CloseIORequest.verify|verify} messages.
                 * @param message CloseIORequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: containerd.task.v2.ICloseIORequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CloseIORequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns CloseIORequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.CloseIORequest;

                /**
                 * Gets the default type url for CloseIORequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a PidsRequest. */
            interface IPidsRequest {

                /** PidsRequest id */
                id?: (string|null);
            }

            /** Represents a PidsRequest. */
            class PidsRequest implements IPidsRequest {

                /**
                 * Constructs a new PidsRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: containerd.task.v2.IPidsRequest);

                /** PidsRequest id. */
                public id: string;

                /**
                 * Creates a new PidsRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PidsRequest instance
                 */
                public static create(properties?: containerd.task.v2.IPidsRequest): containerd.task.v2.PidsRequest;

                /**
                 * Encodes the specified PidsRequest message. Does not implicitly {@link containerd.task.v2.PidsRequest.verify|verify} messages.
                 * @param message PidsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: containerd.task.v2.IPidsRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PidsRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns PidsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.PidsRequest;

                /**
                 * Gets the default type url for PidsRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a PidsResponse. */
            interface IPidsResponse {

                /** PidsResponse processes */
                processes?: (containerd.v1.types.IProcessInfo[]|null);
            }

            /** Represents a PidsResponse. */
            class PidsResponse implements IPidsResponse {

                /**
                 * Constructs a new PidsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: containerd.task.v2.IPidsResponse);

                /** PidsResponse processes. */
                public processes: containerd.v1.types.IProcessInfo[];

                /**
                 * Creates a new PidsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PidsResponse instance
                 */
                public static create(properties?: containerd.task.v2.IPidsResponse): containerd.task.v2.PidsResponse;

                /**
                 * Encodes the specified PidsResponse message. Does not implicitly {@link containerd.task.v2.PidsResponse.verify|verify} messages.
                 * @param message PidsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: containerd.task.v2.IPidsResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PidsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns PidsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.PidsResponse;

                /**
                 * Gets the default type url for PidsResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a CheckpointTaskRequest. */
            interface ICheckpointTaskRequest {

                /** CheckpointTaskRequest id */
                id?: (string|null);

                /** CheckpointTaskRequest path */
                path?: (string|null);

                /** CheckpointTaskRequest options */
                options?: (google.protobuf.IAny|null);
            }

            /** Represents a CheckpointTaskRequest. */
            class CheckpointTaskRequest implements ICheckpointTaskRequest {

                /**
                 * Constructs a new CheckpointTaskRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: containerd.task.v2.ICheckpointTaskRequest);

                /** CheckpointTaskRequest id. */
                public id: string;

                /** CheckpointTaskRequest path. */
                public path: string;

                /** CheckpointTaskRequest options. */
                public options?: (google.protobuf.IAny|null);

                /**
                 * Creates a new CheckpointTaskRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CheckpointTaskRequest instance
                 */
                public static create(properties?: containerd.task.v2.ICheckpointTaskRequest): containerd.task.v2.CheckpointTaskRequest;

                /**
                 * Encodes the specified CheckpointTaskRequest message. Does not implicitly {@link containerd.task.v2.CheckpointTaskRequest.verify|verify} messages.
                 * @param message CheckpointTaskRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: containerd.task.v2.ICheckpointTaskRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CheckpointTaskRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns CheckpointTaskRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.CheckpointTaskRequest;

                /**
                 * Gets the default type url for CheckpointTaskRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of an UpdateTaskRequest. */
            interface IUpdateTaskRequest {

                /** UpdateTaskRequest id */
                id?: (string|null);

                /** UpdateTaskRequest resources */
                resources?: (google.protobuf.IAny|null);

                /** UpdateTaskRequest annotations */
                annotations?: ({ [k: string]: string }|null);
            }

            /** Represents an UpdateTaskRequest. */
            class UpdateTaskRequest implements IUpdateTaskRequest {

                /**
                 * Constructs a new UpdateTaskRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: containerd.task.v2.IUpdateTaskRequest);

                /** UpdateTaskRequest id. */
                public id: string;

                /** UpdateTaskRequest resources. */
                public resources?: (google.protobuf.IAny|null);

                /** UpdateTaskRequest annotations. */
                public annotations: { [k: string]: string };

                /**
                 * Creates a new UpdateTaskRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns UpdateTaskRequest instance
                 */
                public static create(properties?: containerd.task.v2.IUpdateTaskRequest): containerd.task.v2.UpdateTaskRequest;

                /**
                 * Encodes the specified UpdateTaskRequest message. Does not implicitly {@link containerd.task.v2.UpdateTaskRequest.verify|verify} messages.
                 * @param message UpdateTaskRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: containerd.task.v2.IUpdateTaskRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an UpdateTaskRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns UpdateTaskRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.UpdateTaskRequest;

                /**
                 * Gets the default type url for UpdateTaskRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a StartRequest. */
            interface IStartRequest {

                /** StartRequest id */
                id?: (string|null);

                /** StartRequest execId */
                execId?: (string|null);
            }

            /** Represents a StartRequest. */
            class StartRequest implements IStartRequest {

                /**
                 * Constructs a new StartRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: containerd.task.v2.IStartRequest);

                /** StartRequest id. */
                public id: string;

                /** StartRequest execId. */
                public execId: string;

                /**
                 * Creates a new StartRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns StartRequest instance
                 */
                public static create(properties?: containerd.task.v2.IStartRequest): containerd.task.v2.StartRequest;

                /**
                 * Encodes the specified StartRequest message. Does not implicitly {@link containerd.task.v2.StartRequest.verify|verify} messages.
                 * @param message StartRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: containerd.task.v2.IStartRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StartRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns StartRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.StartRequest;

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
                constructor(properties?: containerd.task.v2.IStartResponse);

                /** StartResponse pid. */
                public pid: number;

                /**
                 * Creates a new StartResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns StartResponse instance
                 */
                public static create(properties?: containerd.task.v2.IStartResponse): containerd.task.v2.StartResponse;

                /**
                 * Encodes the specified StartResponse message. Does not implicitly {@link containerd.task.v2.StartResponse.verify|verify} messages.
                 * @param message StartResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: containerd.task.v2.IStartResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StartResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns StartResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.StartResponse;

                /**
                 * Gets the default type url for StartResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a WaitRequest. */
            interface IWaitRequest {

                /** WaitRequest id */
                id?: (string|null);

                /** WaitRequest execId */
                execId?: (string|null);
            }

            /** Represents a WaitRequest. */
            class WaitRequest implements IWaitRequest {

                /**
                 * Constructs a new WaitRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: containerd.task.v2.IWaitRequest);

                /** WaitRequest id. */
                public id: string;

                /** WaitRequest execId. */
                public execId: string;

                /**
                 * Creates a new WaitRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns WaitRequest instance
                 */
                public static create(properties?: containerd.task.v2.IWaitRequest): containerd.task.v2.WaitRequest;

                /**
                 * Encodes the specified WaitRequest message. Does not implicitly {@link containerd.task.v2.WaitRequest.verify|verify} messages.
                 * @param message WaitRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: containerd.task.v2.IWaitRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a WaitRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns WaitRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.WaitRequest;

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

                /** WaitResponse exitedAt */
                exitedAt?: (google.protobuf.ITimestamp|null);
            }

            /** Represents a WaitResponse. */
            class WaitResponse implements IWaitResponse {

                /**
                 * Constructs a new WaitResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: containerd.task.v2.IWaitResponse);

                /** WaitResponse exitStatus. */
                public exitStatus: number;

                /** WaitResponse exitedAt. */
                public exitedAt?: (google.protobuf.ITimestamp|null);

                /**
                 * Creates a new WaitResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns WaitResponse instance
                 */
                public static create(properties?: containerd.task.v2.IWaitResponse): containerd.task.v2.WaitResponse;

                /**
                 * Encodes the specified WaitResponse message. Does not implicitly {@link containerd.task.v2.WaitResponse.verify|verify} messages.
                 * @param message WaitResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: containerd.task.v2.IWaitResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a WaitResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns WaitResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.WaitResponse;

                /**
                 * Gets the default type url for WaitResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a StatsRequest. */
            interface IStatsRequest {

                /** StatsRequest id */
                id?: (string|null);
            }

            /** Represents a StatsRequest. */
            class StatsRequest implements IStatsRequest {

                /**
                 * Constructs a new StatsRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: containerd.task.v2.IStatsRequest);

                /** StatsRequest id. */
                public id: string;

                /**
                 * Creates a new StatsRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns StatsRequest instance
                 */
                public static create(properties?: containerd.task.v2.IStatsRequest): containerd.task.v2.StatsRequest;

                /**
                 * Encodes the specified StatsRequest message. Does not implicitly {@link containerd.task.v2.StatsRequest.verify|verify} messages.
                 * @param message StatsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: containerd.task.v2.IStatsRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StatsRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns StatsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.StatsRequest;

                /**
                 * Gets the default type url for StatsRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a StatsResponse. */
            interface IStatsResponse {

                /** StatsResponse stats */
                stats?: (google.protobuf.IAny|null);
            }

            /** Represents a StatsResponse. */
            class StatsResponse implements IStatsResponse {

                /**
                 * Constructs a new StatsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: containerd.task.v2.IStatsResponse);

                /** StatsResponse stats. */
                public stats?: (google.protobuf.IAny|null);

                /**
                 * Creates a new StatsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns StatsResponse instance
                 */
                public static create(properties?: containerd.task.v2.IStatsResponse): containerd.task.v2.StatsResponse;

                /**
                 * Encodes the specified StatsResponse message. Does not implicitly {@link containerd.task.v2.StatsResponse.verify|verify} messages.
                 * @param message StatsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: containerd.task.v2.IStatsResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StatsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns StatsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.StatsResponse;

                /**
                 * Gets the default type url for StatsResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a ConnectRequest. */
            interface IConnectRequest {

                /** ConnectRequest id */
                id?: (string|null);
            }

            /** Represents a ConnectRequest. */
            class ConnectRequest implements IConnectRequest {

                /**
                 * Constructs a new ConnectRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: containerd.task.v2.IConnectRequest);

                /** ConnectRequest id. */
                public id: string;

                /**
                 * Creates a new ConnectRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ConnectRequest instance
                 */
                public static create(properties?: containerd.task.v2.IConnectRequest): containerd.task.v2.ConnectRequest;

                /**
                 * Encodes the specified ConnectRequest message. Does not implicitly {@link containerd.task.v2.ConnectRequest.verify|verify} messages.
                 * @param message ConnectRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: containerd.task.v2.IConnectRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ConnectRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns ConnectRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.ConnectRequest;

                /**
                 * Gets the default type url for ConnectRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a ConnectResponse. */
            interface IConnectResponse {

                /** ConnectResponse shimPid */
                shimPid?: (number|null);

                /** ConnectResponse taskPid */
                taskPid?: (number|null);

                /** ConnectResponse version */
                version?: (string|null);
            }

            /** Represents a ConnectResponse. */
            class ConnectResponse implements IConnectResponse {

                /**
                 * Constructs a new ConnectResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: containerd.task.v2.IConnectResponse);

                /** ConnectResponse shimPid. */
                public shimPid: number;

                /** ConnectResponse taskPid. */
                public taskPid: number;

                /** ConnectResponse version. */
                public version: string;

                /**
                 * Creates a new ConnectResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ConnectResponse instance
                 */
                public static create(properties?: containerd.task.v2.IConnectResponse): containerd.task.v2.ConnectResponse;

                /**
                 * Encodes the specified ConnectResponse message. Does not implicitly {@link containerd.task.v2.ConnectResponse.verify|verify} messages.
                 * @param message ConnectResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: containerd.task.v2.IConnectResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ConnectResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns ConnectResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.ConnectResponse;

                /**
                 * Gets the default type url for ConnectResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a ShutdownRequest. */
            interface IShutdownRequest {

                /** ShutdownRequest id */
                id?: (string|null);

                /** ShutdownRequest now */
                now?: (boolean|null);
            }

            /** Represents a ShutdownRequest. */
            class ShutdownRequest implements IShutdownRequest {

                /**
                 * Constructs a new ShutdownRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: containerd.task.v2.IShutdownRequest);

                /** ShutdownRequest id. */
                public id: string;

                /** ShutdownRequest now. */
                public now: boolean;

                /**
                 * Creates a new ShutdownRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ShutdownRequest instance
                 */
                public static create(properties?: containerd.task.v2.IShutdownRequest): containerd.task.v2.ShutdownRequest;

                /**
                 * Encodes the specified ShutdownRequest message. Does not implicitly {@link containerd.task.v2.ShutdownRequest.verify|verify} messages.
                 * @param message ShutdownRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: containerd.task.v2.IShutdownRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ShutdownRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns ShutdownRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.ShutdownRequest;

                /**
                 * Gets the default type url for ShutdownRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a PauseRequest. */
            interface IPauseRequest {

                /** PauseRequest id */
                id?: (string|null);
            }

            /** Represents a PauseRequest. */
            class PauseRequest implements IPauseRequest {

                /**
                 * Constructs a new PauseRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: containerd.task.v2.IPauseRequest);

                /** PauseRequest id. */
                public id: string;

                /**
                 * Creates a new PauseRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PauseRequest instance
                 */
                public static create(properties?: containerd.task.v2.IPauseRequest): containerd.task.v2.PauseRequest;

                /**
                 * Encodes the specified PauseRequest message. Does not implicitly {@link containerd.task.v2.PauseRequest.verify|verify} messages.
                 * @param message PauseRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: containerd.task.v2.IPauseRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PauseRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns PauseRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.PauseRequest;

                /**
                 * Gets the default type url for PauseRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a ResumeRequest. */
            interface IResumeRequest {

                /** ResumeRequest id */
                id?: (string|null);
            }

            /** Represents a ResumeRequest. */
            class ResumeRequest implements IResumeRequest {

                /**
                 * Constructs a new ResumeRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: containerd.task.v2.IResumeRequest);

                /** ResumeRequest id. */
                public id: string;

                /**
                 * Creates a new ResumeRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ResumeRequest instance
                 */
                public static create(properties?: containerd.task.v2.IResumeRequest): containerd.task.v2.ResumeRequest;

                /**
                 * Encodes the specified ResumeRequest message. Does not implicitly {@link containerd.task.v2.ResumeRequest.verify|verify} messages.
                 * @param message ResumeRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: containerd.task.v2.IResumeRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ResumeRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns ResumeRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.ResumeRequest;

                /**
                 * Gets the default type url for ResumeRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }
        }
    }

    /** Namespace v1. */
    namespace v1 {

        /** Namespace types. */
        namespace types {

            /** Status enum. */
            enum Status {
                UNKNOWN = 0,
                CREATED = 1,
                RUNNING = 2,
                STOPPED = 3,
                PAUSED = 4,
                PAUSING = 5
            }

            /** Properties of a Process. */
            interface IProcess {

                /** Process containerId */
                containerId?: (string|null);

                /** Process id */
                id?: (string|null);

                /** Process pid */
                pid?: (number|null);

                /** Process status */
                status?: (containerd.v1.types.Status|null);

                /** Process stdin */
                stdin?: (string|null);

                /** Process stdout */
                stdout?: (string|null);

                /** Process stderr */
                stderr?: (string|null);

                /** Process terminal */
                terminal?: (boolean|null);

                /** Process exitStatus */
                exitStatus?: (number|null);

                /** Process exitedAt */
                exitedAt?: (google.protobuf.ITimestamp|null);
            }

            /** Represents a Process. */
            class Process implements IProcess {

                /**
                 * Constructs a new Process.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: containerd.v1.types.IProcess);

                /** Process containerId. */
                public containerId: string;

                /** Process id. */
                public id: string;

                /** Process pid. */
                public pid: number;

                /** Process status. */
                public status: containerd.v1.types.Status;

                /** Process stdin. */
                public stdin: string;

                /** Process stdout. */
                public stdout: string;

                /** Process stderr. */
                public stderr: string;

                /** Process terminal. */
                public terminal: boolean;

                /** Process exitStatus. */
                public exitStatus: number;

                /** Process exitedAt. */
                public exitedAt?: (google.protobuf.ITimestamp|null);

                /**
                 * Creates a new Process instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Process instance
                 */
                public static create(properties?: containerd.v1.types.IProcess): containerd.v1.types.Process;

                /**
                 * Encodes the specified Process message. Does not implicitly {@link containerd.v1.types.Process.verify|verify} messages.
                 * @param message Process message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: containerd.v1.types.IProcess, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Process message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns Process
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.v1.types.Process;

                /**
                 * Gets the default type url for Process
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a ProcessInfo. */
            interface IProcessInfo {

                /** ProcessInfo pid */
                pid?: (number|null);

                /** ProcessInfo info */
                info?: (google.protobuf.IAny|null);
            }

            /** Represents a ProcessInfo. */
            class ProcessInfo implements IProcessInfo {

                /**
                 * Constructs a new ProcessInfo.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: containerd.v1.types.IProcessInfo);

                /** ProcessInfo pid. */
                public pid: number;

                /** ProcessInfo info. */
                public info?: (google.protobuf.IAny|null);

                /**
                 * Creates a new ProcessInfo instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ProcessInfo instance
                 */
                public static create(properties?: containerd.v1.types.IProcessInfo): containerd.v1.types.ProcessInfo;

                /**
                 * Encodes the specified ProcessInfo message. Does not implicitly {@link containerd.v1.types.ProcessInfo.verify|verify} messages.
                 * @param message ProcessInfo message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: containerd.v1.types.IProcessInfo, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ProcessInfo message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns ProcessInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.v1.types.ProcessInfo;

                /**
                 * Gets the default type url for ProcessInfo
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }
        }
    }

    /** Namespace services. */
    namespace services {

        /** Namespace containers. */
        namespace containers {

            /** Namespace v1. */
            namespace v1 {

                /** Represents a Containers */
                class Containers extends $protobuf.rpc.Service {

                    /**
                     * Constructs a new Containers service.
                     * @param rpcImpl RPC implementation
                     * @param [requestDelimited=false] Whether requests are length-delimited
                     * @param [responseDelimited=false] Whether responses are length-delimited
                     */
                    constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

                    /**
                     * Creates new Containers service using the specified rpc implementation.
                     * @param rpcImpl RPC implementation
                     * @param [requestDelimited=false] Whether requests are length-delimited
                     * @param [responseDelimited=false] Whether responses are length-delimited
                     * @returns RPC service. Useful where requests and/or responses are streamed.
                     */
                    public static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Containers;

                    /**
                     * Calls Get.
                     * @param request GetContainerRequest message or plain object
                     * @param callback Node-style callback called with the error, if any, and GetContainerResponse
                     */
                    public get(request: containerd.services.containers.v1.IGetContainerRequest, callback: containerd.services.containers.v1.Containers.GetCallback): void;

                    /**
                     * Calls Get.
                     * @param request GetContainerRequest message or plain object
                     * @returns Promise
                     */
                    public get(request: containerd.services.containers.v1.IGetContainerRequest): Promise<containerd.services.containers.v1.GetContainerResponse>;

                    /**
                     * Calls List.
                     * @param request ListContainersRequest message or plain object
                     * @param callback Node-style callback called with the error, if any, and ListContainersResponse
                     */
                    public list(request: containerd.services.containers.v1.IListContainersRequest, callback: containerd.services.containers.v1.Containers.ListCallback): void;

                    /**
                     * Calls List.
                     * @param request ListContainersRequest message or plain object
                     * @returns Promise
                     */
                    public list(request: containerd.services.containers.v1.IListContainersRequest): Promise<containerd.services.containers.v1.ListContainersResponse>;

                    /**
                     * Calls Create.
                     * @param request CreateContainerRequest message or plain object
                     * @param callback Node-style callback called with the error, if any, and CreateContainerResponse
                     */
                    public create(request: containerd.services.containers.v1.ICreateContainerRequest, callback: containerd.services.containers.v1.Containers.CreateCallback): void;

                    /**
                     * Calls Create.
                     * @param request CreateContainerRequest message or plain object
                     * @returns Promise
                     */
                    public create(request: containerd.services.containers.v1.ICreateContainerRequest): Promise<containerd.services.containers.v1.CreateContainerResponse>;

                    /**
                     * Calls Update.
                     * @param request UpdateContainerRequest message or plain object
                     * @param callback Node-style callback called with the error, if any, and UpdateContainerResponse
                     */
                    public update(request: containerd.services.containers.v1.IUpdateContainerRequest, callback: containerd.services.containers.v1.Containers.UpdateCallback): void;

                    /**
                     * Calls Update.
                     * @param request UpdateContainerRequest message or plain object
                     * @returns Promise
                     */
                    public update(request: containerd.services.containers.v1.IUpdateContainerRequest): Promise<containerd.services.containers.v1.UpdateContainerResponse>;

                    /**
                     * Calls Delete.
                     * @param request DeleteContainerRequest message or plain object
                     * @param callback Node-style callback called with the error, if any, and Empty
                     */
                    public delete(request: containerd.services.containers.v1.IDeleteContainerRequest, callback: containerd.services.containers.v1.Containers.DeleteCallback): void;

                    /**
                     * Calls Delete.
                     * @param request DeleteContainerRequest message or plain object
                     * @returns Promise
                     */
                    public delete(request: containerd.services.containers.v1.IDeleteContainerRequest): Promise<google.protobuf.Empty>;
                }

                namespace Containers {

                    /**
                     * Callback as used by {@link containerd.services.containers.v1.Containers#get}.
                     * @param error Error, if any
                     * @param [response] GetContainerResponse
                     */
                    type GetCallback = (error: (Error|null), response?: containerd.services.containers.v1.GetContainerResponse) => void;

                    /**
                     * Callback as used by {@link containerd.services.containers.v1.Containers#list}.
                     * @param error Error, if any
                     * @param [response] ListContainersResponse
                     */
                    type ListCallback = (error: (Error|null), response?: containerd.services.containers.v1.ListContainersResponse) => void;

                    /**
                     * Callback as used by {@link containerd.services.containers.v1.Containers#create}.
                     * @param error Error, if any
                     * @param [response] CreateContainerResponse
                     */
                    type CreateCallback = (error: (Error|null), response?: containerd.services.containers.v1.CreateContainerResponse) => void;

                    /**
                     * Callback as used by {@link containerd.services.containers.v1.Containers#update}.
                     * @param error Error, if any
                     * @param [response] UpdateContainerResponse
                     */
                    type UpdateCallback = (error: (Error|null), response?: containerd.services.containers.v1.UpdateContainerResponse) => void;

                    /**
                     * Callback as used by {@link containerd.services.containers.v1.Containers#delete_}.
                     * @param error Error, if any
                     * @param [response] Empty
                     */
                    type DeleteCallback = (error: (Error|null), response?: google.protobuf.Empty) => void;
                }

                /** Properties of a Container. */
                interface IContainer {

                    /** Container id */
                    id?: (string|null);

                    /** Container labels */
                    labels?: ({ [k: string]: string }|null);

                    /** Container image */
                    image?: (string|null);

                    /** Container runtime */
                    runtime?: (containerd.services.containers.v1.Container.IRuntime|null);

                    /** Container spec */
                    spec?: (google.protobuf.IAny|null);

                    /** Container snapshotter */
                    snapshotter?: (string|null);

                    /** Container snapshotKey */
                    snapshotKey?: (string|null);

                    /** Container createdAt */
                    createdAt?: (google.protobuf.ITimestamp|null);

                    /** Container updatedAt */
                    updatedAt?: (google.protobuf.ITimestamp|null);

                    /** Container extensions */
                    extensions?: ({ [k: string]: google.protobuf.IAny }|null);
                }

                /** Represents a Container. */
                class Container implements IContainer {

                    /**
                     * Constructs a new Container.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.containers.v1.IContainer);

                    /** Container id. */
                    public id: string;

                    /** Container labels. */
                    public labels: { [k: string]: string };

                    /** Container image. */
                    public image: string;

                    /** Container runtime. */
                    public runtime?: (containerd.services.containers.v1.Container.IRuntime|null);

                    /** Container spec. */
                    public spec?: (google.protobuf.IAny|null);

                    /** Container snapshotter. */
                    public snapshotter: string;

                    /** Container snapshotKey. */
                    public snapshotKey: string;

                    /** Container createdAt. */
                    public createdAt?: (google.protobuf.ITimestamp|null);

                    /** Container updatedAt. */
                    public updatedAt?: (google.protobuf.ITimestamp|null);

                    /** Container extensions. */
                    public extensions: { [k: string]: google.protobuf.IAny };

                    /**
                     * Creates a new Container instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Container instance
                     */
                    public static create(properties?: containerd.services.containers.v1.IContainer): containerd.services.containers.v1.Container;

                    /**
                     * Encodes the specified Container message. Does not implicitly {@link containerd.services.containers.v1.Container.verify|verify} messages.
                     * @param message Container message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.containers.v1.IContainer, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Container message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns Container
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.containers.v1.Container;

                    /**
                     * Gets the default type url for Container
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                namespace Container {

                    /** Properties of a Runtime. */
                    interface IRuntime {

                        /** Runtime name */
                        name?: (string|null);

                        /** Runtime options */
                        options?: (google.protobuf.IAny|null);
                    }

                    /** Represents a Runtime. */
                    class Runtime implements IRuntime {

                        /**
                         * Constructs a new Runtime.
                         * @param [properties] Properties to set
                         */
                        constructor(properties?: containerd.services.containers.v1.Container.IRuntime);

                        /** Runtime name. */
                        public name: string;

                        /** Runtime options. */
                        public options?: (google.protobuf.IAny|null);

                        /**
                         * Creates a new Runtime instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns Runtime instance
                         */
                        public static create(properties?: containerd.services.containers.v1.Container.IRuntime): containerd.services.containers.v1.Container.Runtime;

                        /**
                         * Encodes the specified Runtime message. Does not implicitly {@link containerd.services.containers.v1.Container.Runtime.verify|verify} messages.
                         * @param message Runtime message or plain object to encode
                         * @param [writer] Writer to encode to
                         * @returns Writer
                         */
                        public static encode(message: containerd.services.containers.v1.Container.IRuntime, writer?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes a Runtime message from the specified reader or buffer.
                         * @param reader Reader or buffer to decode from
                         * @param [length] Message length if known beforehand
                         * @returns Runtime
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.containers.v1.Container.Runtime;

                        /**
                         * Gets the default type url for Runtime
                         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                         * @returns The default type url
                         */
                        public static getTypeUrl(typeUrlPrefix?: string): string;
                    }
                }

                /** Properties of a GetContainerRequest. */
                interface IGetContainerRequest {

                    /** GetContainerRequest id */
                    id?: (string|null);
                }

                /** Represents a GetContainerRequest. */
                class GetContainerRequest implements IGetContainerRequest {

                    /**
                     * Constructs a new GetContainerRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.containers.v1.IGetContainerRequest);

                    /** GetContainerRequest id. */
                    public id: string;

                    /**
                     * Creates a new GetContainerRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns GetContainerRequest instance
                     */
                    public static create(properties?: containerd.services.containers.v1.IGetContainerRequest): containerd.services.containers.v1.GetContainerRequest;

                    /**
                     * Encodes the specified GetContainerRequest message. Does not implicitly {@link containerd.services.containers.v1.GetContainerRequest.verify|verify} messages.
                     * @param message GetContainerRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.containers.v1.IGetContainerRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a GetContainerRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns GetContainerRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.containers.v1.GetContainerRequest;

                    /**
                     * Gets the default type url for GetContainerRequest
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a GetContainerResponse. */
                interface IGetContainerResponse {

                    /** GetContainerResponse container */
                    container?: (containerd.services.containers.v1.IContainer|null);
                }

                /** Represents a GetContainerResponse. */
                class GetContainerResponse implements IGetContainerResponse {

                    /**
                     * Constructs a new GetContainerResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.containers.v1.IGetContainerResponse);

                    /** GetContainerResponse container. */
                    public container?: (containerd.services.containers.v1.IContainer|null);

                    /**
                     * Creates a new GetContainerResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns GetContainerResponse instance
                     */
                    public static create(properties?: containerd.services.containers.v1.IGetContainerResponse): containerd.services.containers.v1.GetContainerResponse;

                    /**
                     * Encodes the specified GetContainerResponse message. Does not implicitly {@link containerd.services.containers.v1.GetContainerResponse.verify|verify} messages.
                     * @param message GetContainerResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.containers.v1.IGetContainerResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a GetContainerResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns GetContainerResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.containers.v1.GetContainerResponse;

                    /**
                     * Gets the default type url for GetContainerResponse
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a ListContainersRequest. */
                interface IListContainersRequest {

                    /** ListContainersRequest filters */
                    filters?: (string[]|null);
                }

                /** Represents a ListContainersRequest. */
                class ListContainersRequest implements IListContainersRequest {

                    /**
                     * Constructs a new ListContainersRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.containers.v1.IListContainersRequest);

                    /** ListContainersRequest filters. */
                    public filters: string[];

                    /**
                     * Creates a new ListContainersRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns ListContainersRequest instance
                     */
                    public static create(properties?: containerd.services.containers.v1.IListContainersRequest): containerd.services.containers.v1.ListContainersRequest;

                    /**
                     * Encodes the specified ListContainersRequest message. Does not implicitly {@link containerd.services.containers.v1.ListContainersRequest.verify|verify} messages.
                     * @param message ListContainersRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.containers.v1.IListContainersRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a ListContainersRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns ListContainersRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.containers.v1.ListContainersRequest;

                    /**
                     * Gets the default type url for ListContainersRequest
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a ListContainersResponse. */
                interface IListContainersResponse {

                    /** ListContainersResponse containers */
                    containers?: (containerd.services.containers.v1.IContainer[]|null);
                }

                /** Represents a ListContainersResponse. */
                class ListContainersResponse implements IListContainersResponse {

                    /**
                     * Constructs a new ListContainersResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.containers.v1.IListContainersResponse);

                    /** ListContainersResponse containers. */
                    public containers: containerd.services.containers.v1.IContainer[];

                    /**
                     * Creates a new ListContainersResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns ListContainersResponse instance
                     */
                    public static create(properties?: containerd.services.containers.v1.IListContainersResponse): containerd.services.containers.v1.ListContainersResponse;

                    /**
                     * Encodes the specified ListContainersResponse message. Does not implicitly {@link containerd.services.containers.v1.ListContainersResponse.verify|verify} messages.
                     * @param message ListContainersResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.containers.v1.IListContainersResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a ListContainersResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns ListContainersResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.containers.v1.ListContainersResponse;

                    /**
                     * Gets the default type url for ListContainersResponse
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a CreateContainerRequest. */
                interface ICreateContainerRequest {

                    /** CreateContainerRequest container */
                    container?: (containerd.services.containers.v1.IContainer|null);
                }

                /** Represents a CreateContainerRequest. */
                class CreateContainerRequest implements ICreateContainerRequest {

                    /**
                     * Constructs a new CreateContainerRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.containers.v1.ICreateContainerRequest);

                    /** CreateContainerRequest container. */
                    public container?: (containerd.services.containers.v1.IContainer|null);

                    /**
                     * Creates a new CreateContainerRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns CreateContainerRequest instance
                     */
                    public static create(properties?: containerd.services.containers.v1.ICreateContainerRequest): containerd.services.containers.v1.CreateContainerRequest;

                    /**
                     * Encodes the specified CreateContainerRequest message. Does not implicitly {@link containerd.services.containers.v1.CreateContainerRequest.verify|verify} messages.
                     * @param message CreateContainerRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.containers.v1.ICreateContainerRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a CreateContainerRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns CreateContainerRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.containers.v1.CreateContainerRequest;

                    /**
                     * Gets the default type url for CreateContainerRequest
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a CreateContainerResponse. */
                interface ICreateContainerResponse {

                    /** CreateContainerResponse container */
                    container?: (containerd.services.containers.v1.IContainer|null);
                }

                /** Represents a CreateContainerResponse. */
                class CreateContainerResponse implements ICreateContainerResponse {

                    /**
                     * Constructs a new CreateContainerResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.containers.v1.ICreateContainerResponse);

                    /** CreateContainerResponse container. */
                    public container?: (containerd.services.containers.v1.IContainer|null);

                    /**
                     * Creates a new CreateContainerResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns CreateContainerResponse instance
                     */
                    public static create(properties?: containerd.services.containers.v1.ICreateContainerResponse): containerd.services.containers.v1.CreateContainerResponse;

                    /**
                     * Encodes the specified CreateContainerResponse message. Does not implicitly {@link containerd.services.containers.v1.CreateContainerResponse.verify|verify} messages.
                     * @param message CreateContainerResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.containers.v1.ICreateContainerResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a CreateContainerResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns CreateContainerResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.containers.v1.CreateContainerResponse;

                    /**
                     * Gets the default type url for CreateContainerResponse
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of an UpdateContainerRequest. */
                interface IUpdateContainerRequest {

                    /** UpdateContainerRequest container */
                    container?: (containerd.services.containers.v1.IContainer|null);

                    /** UpdateContainerRequest updateMask */
                    updateMask?: (google.protobuf.IFieldMask|null);
                }

                /** Represents an UpdateContainerRequest. */
                class UpdateContainerRequest implements IUpdateContainerRequest {

                    /**
                     * Constructs a new UpdateContainerRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.containers.v1.IUpdateContainerRequest);

                    /** UpdateContainerRequest container. */
                    public container?: (containerd.services.containers.v1.IContainer|null);

                    /** UpdateContainerRequest updateMask. */
                    public updateMask?: (google.protobuf.IFieldMask|null);

                    /**
                     * Creates a new UpdateContainerRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns UpdateContainerRequest instance
                     */
                    public static create(properties?: containerd.services.containers.v1.IUpdateContainerRequest): containerd.services.containers.v1.UpdateContainerRequest;

                    /**
                     * Encodes the specified UpdateContainerRequest message. Does not implicitly {@link containerd.services.containers.v1.UpdateContainerRequest.verify|verify} messages.
                     * @param message UpdateContainerRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.containers.v1.IUpdateContainerRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes an UpdateContainerRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns UpdateContainerRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.containers.v1.UpdateContainerRequest;

                    /**
                     * Gets the default type url for UpdateContainerRequest
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of an UpdateContainerResponse. */
                interface IUpdateContainerResponse {

                    /** UpdateContainerResponse container */
                    container?: (containerd.services.containers.v1.IContainer|null);
                }

                /** Represents an UpdateContainerResponse. */
                class UpdateContainerResponse implements IUpdateContainerResponse {

                    /**
                     * Constructs a new UpdateContainerResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.containers.v1.IUpdateContainerResponse);

                    /** UpdateContainerResponse container. */
                    public container?: (containerd.services.containers.v1.IContainer|null);

                    /**
                     * Creates a new UpdateContainerResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns UpdateContainerResponse instance
                     */
                    public static create(properties?: containerd.services.containers.v1.IUpdateContainerResponse): containerd.services.containers.v1.UpdateContainerResponse;

                    /**
                     * Encodes the specified UpdateContainerResponse message. Does not implicitly {@link containerd.services.containers.v1.UpdateContainerResponse.verify|verify} messages.
                     * @param message UpdateContainerResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.containers.v1.IUpdateContainerResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes an UpdateContainerResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns UpdateContainerResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.containers.v1.UpdateContainerResponse;

                    /**
                     * Gets the default type url for UpdateContainerResponse
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a DeleteContainerRequest. */
                interface IDeleteContainerRequest {

                    /** DeleteContainerRequest id */
                    id?: (string|null);
                }

                /** Represents a DeleteContainerRequest. */
                class DeleteContainerRequest implements IDeleteContainerRequest {

                    /**
                     * Constructs a new DeleteContainerRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.containers.v1.IDeleteContainerRequest);

                    /** DeleteContainerRequest id. */
                    public id: string;

                    /**
                     * Creates a new DeleteContainerRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns DeleteContainerRequest instance
                     */
                    public static create(properties?: containerd.services.containers.v1.IDeleteContainerRequest): containerd.services.containers.v1.DeleteContainerRequest;

                    /**
                     * Encodes the specified DeleteContainerRequest message. Does not implicitly {@link containerd.services.containers.v1.DeleteContainerRequest.verify|verify} messages.
                     * @param message DeleteContainerRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.containers.v1.IDeleteContainerRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a DeleteContainerRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns DeleteContainerRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.containers.v1.DeleteContainerRequest;

                    /**
                     * Gets the default type url for DeleteContainerRequest
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }
            }
        }

        /** Namespace content. */
        namespace content {

            /** Namespace v1. */
            namespace v1 {

                /** Represents a Content */
                class Content extends $protobuf.rpc.Service {

                    /**
                     * Constructs a new Content service.
                     * @param rpcImpl RPC implementation
                     * @param [requestDelimited=false] Whether requests are length-delimited
                     * @param [responseDelimited=false] Whether responses are length-delimited
                     */
                    constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

                    /**
                     * Creates new Content service using the specified rpc implementation.
                     * @param rpcImpl RPC implementation
                     * @param [requestDelimited=false] Whether requests are length-delimited
                     * @param [responseDelimited=false] Whether responses are length-delimited
                     * @returns RPC service. Useful where requests and/or responses are streamed.
                     */
                    public static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Content;

                    /**
                     * Calls Info.
                     * @param request InfoRequest message or plain object
                     * @param callback Node-style callback called with the error, if any, and InfoResponse
                     */
                    public info(request: containerd.services.content.v1.IInfoRequest, callback: containerd.services.content.v1.Content.InfoCallback): void;

                    /**
                     * Calls Info.
                     * @param request InfoRequest message or plain object
                     * @returns Promise
                     */
                    public info(request: containerd.services.content.v1.IInfoRequest): Promise<containerd.services.content.v1.InfoResponse>;

                    /**
                     * Calls Update.
                     * @param request UpdateRequest message or plain object
                     * @param callback Node-style callback called with the error, if any, and UpdateResponse
                     */
                    public update(request: containerd.services.content.v1.IUpdateRequest, callback: containerd.services.content.v1.Content.UpdateCallback): void;

                    /**
                     * Calls Update.
                     * @param request UpdateRequest message or plain object
                     * @returns Promise
                     */
                    public update(request: containerd.services.content.v1.IUpdateRequest): Promise<containerd.services.content.v1.UpdateResponse>;

                    /**
                     * Calls List.
                     * @param request ListContentRequest message or plain object
                     * @param callback Node-style callback called with the error, if any, and ListContentResponse
                     */
                    public list(request: containerd.services.content.v1.IListContentRequest, callback: containerd.services.content.v1.Content.ListCallback): void;

                    /**
                     * Calls List.
                     * @param request ListContentRequest message or plain object
                     * @returns Promise
                     */
                    public list(request: containerd.services.content.v1.IListContentRequest): Promise<containerd.services.content.v1.ListContentResponse>;

                    /**
                     * Calls Delete.
                     * @param request DeleteContentRequest message or plain object
                     * @param callback Node-style callback called with the error, if any, and Empty
                     */
                    public delete(request: containerd.services.content.v1.IDeleteContentRequest, callback: containerd.services.content.v1.Content.DeleteCallback): void;

                    /**
                     * Calls Delete.
                     * @param request DeleteContentRequest message or plain object
                     * @returns Promise
                     */
                    public delete(request: containerd.services.content.v1.IDeleteContentRequest): Promise<google.protobuf.Empty>;

                    /**
                     * Calls Read.
                     * @param request ReadContentRequest message or plain object
                     * @param callback Node-style callback called with the error, if any, and ReadContentResponse
                     */
                    public read(request: containerd.services.content.v1.IReadContentRequest, callback: containerd.services.content.v1.Content.ReadCallback): void;

                    /**
                     * Calls Read.
                     * @param request ReadContentRequest message or plain object
                     * @returns Promise
                     */
                    public read(request: containerd.services.content.v1.IReadContentRequest): Promise<containerd.services.content.v1.ReadContentResponse>;

                    /**
                     * Calls Write.
                     * @param request WriteContentRequest message or plain object
                     * @param callback Node-style callback called with the error, if any, and WriteContentResponse
                     */
                    public write(request: containerd.services.content.v1.IWriteContentRequest, callback: containerd.services.content.v1.Content.WriteCallback): void;

                    /**
                     * Calls Write.
                     * @param request WriteContentRequest message or plain object
                     * @returns Promise
                     */
                    public write(request: containerd.services.content.v1.IWriteContentRequest): Promise<containerd.services.content.v1.WriteContentResponse>;

                    /**
                     * Calls Abort.
                     * @param request AbortRequest message or plain object
                     * @param callback Node-style callback called with the error, if any, and Empty
                     */
                    public abort(request: containerd.services.content.v1.IAbortRequest, callback: containerd.services.content.v1.Content.AbortCallback): void;

                    /**
                     * Calls Abort.
                     * @param request AbortRequest message or plain object
                     * @returns Promise
                     */
                    public abort(request: containerd.services.content.v1.IAbortRequest): Promise<google.protobuf.Empty>;
                }

                namespace Content {

                    /**
                     * Callback as used by {@link containerd.services.content.v1.Content#info}.
                     * @param error Error, if any
                     * @param [response] InfoResponse
                     */
                    type InfoCallback = (error: (Error|null), response?: containerd.services.content.v1.InfoResponse) => void;

                    /**
                     * Callback as used by {@link containerd.services.content.v1.Content#update}.
                     * @param error Error, if any
                     * @param [response] UpdateResponse
                     */
                    type UpdateCallback = (error: (Error|null), response?: containerd.services.content.v1.UpdateResponse) => void;

                    /**
                     * Callback as used by {@link containerd.services.content.v1.Content#list}.
                     * @param error Error, if any
                     * @param [response] ListContentResponse
                     */
                    type ListCallback = (error: (Error|null), response?: containerd.services.content.v1.ListContentResponse) => void;

                    /**
                     * Callback as used by {@link containerd.services.content.v1.Content#delete_}.
                     * @param error Error, if any
                     * @param [response] Empty
                     */
                    type DeleteCallback = (error: (Error|null), response?: google.protobuf.Empty) => void;

                    /**
                     * Callback as used by {@link containerd.services.content.v1.Content#read}.
                     * @param error Error, if any
                     * @param [response] ReadContentResponse
                     */
                    type ReadCallback = (error: (Error|null), response?: containerd.services.content.v1.ReadContentResponse) => void;

                    /**
                     * Callback as used by {@link containerd.services.content.v1.Content#write}.
                     * @param error Error, if any
                     * @param [response] WriteContentResponse
                     */
                    type WriteCallback = (error: (Error|null), response?: containerd.services.content.v1.WriteContentResponse) => void;

                    /**
                     * Callback as used by {@link containerd.services.content.v1.Content#abort}.
                     * @param error Error, if any
                     * @param [response] Empty
                     */
                    type AbortCallback = (error: (Error|null), response?: google.protobuf.Empty) => void;
                }

                /** Properties of an Info. */
                interface IInfo {

                    /** Info digest */
                    digest?: (string|null);

                    /** Info size */
                    size?: (number|null);

                    /** Info createdAt */
                    createdAt?: (google.protobuf.ITimestamp|null);

                    /** Info updatedAt */
                    updatedAt?: (google.protobuf.ITimestamp|null);

                    /** Info labels */
                    labels?: ({ [k: string]: string }|null);
                }

                /** Represents an Info. */
                class Info implements IInfo {

                    /**
                     * Constructs a new Info.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.content.v1.IInfo);

                    /** Info digest. */
                    public digest: string;

                    /** Info size. */
                    public size: number;

                    /** Info createdAt. */
                    public createdAt?: (google.protobuf.ITimestamp|null);

                    /** Info updatedAt. */
                    public updatedAt?: (google.protobuf.ITimestamp|null);

                    /** Info labels. */
                    public labels: { [k: string]: string };

                    /**
                     * Creates a new Info instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Info instance
                     */
                    public static create(properties?: containerd.services.content.v1.IInfo): containerd.services.content.v1.Info;

                    /**
                     * Encodes the specified Info message. Does not implicitly {@link containerd.services.content.v1.Info.verify|verify} messages.
                     * @param message Info message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.content.v1.IInfo, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes an Info message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns Info
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.content.v1.Info;

                    /**
                     * Gets the default type url for Info
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of an InfoRequest. */
                interface IInfoRequest {

                    /** InfoRequest digest */
                    digest?: (string|null);
                }

                /** Represents an InfoRequest. */
                class InfoRequest implements IInfoRequest {

                    /**
                     * Constructs a new InfoRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.content.v1.IInfoRequest);

                    /** InfoRequest digest. */
                    public digest: string;

                    /**
                     * Creates a new InfoRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns InfoRequest instance
                     */
                    public static create(properties?: containerd.services.content.v1.IInfoRequest): containerd.services.content.v1.InfoRequest;

                    /**
                     * Encodes the specified InfoRequest message. Does not implicitly {@link containerd.services.content.v1.InfoRequest.verify|verify} messages.
                     * @param message InfoRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.content.v1.IInfoRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes an InfoRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns InfoRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.content.v1.InfoRequest;

                    /**
                     * Gets the default type url for InfoRequest
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of an InfoResponse. */
                interface IInfoResponse {

                    /** InfoResponse info */
                    info?: (containerd.services.content.v1.IInfo|null);
                }

                /** Represents an InfoResponse. */
                class InfoResponse implements IInfoResponse {

                    /**
                     * Constructs a new InfoResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.content.v1.IInfoResponse);

                    /** InfoResponse info. */
                    public info?: (containerd.services.content.v1.IInfo|null);

                    /**
                     * Creates a new InfoResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns InfoResponse instance
                     */
                    public static create(properties?: containerd.services.content.v1.IInfoResponse): containerd.services.content.v1.InfoResponse;

                    /**
                     * Encodes the specified InfoResponse message. Does not implicitly {@link containerd.services.content.v1.InfoResponse.verify|verify} messages.
                     * @param message InfoResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.content.v1.IInfoResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes an InfoResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns InfoResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.content.v1.InfoResponse;

                    /**
                     * Gets the default type url for InfoResponse
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of an UpdateRequest. */
                interface IUpdateRequest {

                    /** UpdateRequest info */
                    info?: (containerd.services.content.v1.IInfo|null);

                    /** UpdateRequest updateMask */
                    updateMask?: (google.protobuf.IFieldMask|null);
                }

                /** Represents an UpdateRequest. */
                class UpdateRequest implements IUpdateRequest {

                    /**
                     * Constructs a new UpdateRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.content.v1.IUpdateRequest);

                    /** UpdateRequest info. */
                    public info?: (containerd.services.content.v1.IInfo|null);

                    /** UpdateRequest updateMask. */
                    public updateMask?: (google.protobuf.IFieldMask|null);

                    /**
                     * Creates a new UpdateRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns UpdateRequest instance
                     */
                    public static create(properties?: containerd.services.content.v1.IUpdateRequest): containerd.services.content.v1.UpdateRequest;

                    /**
                     * Encodes the specified UpdateRequest message. Does not implicitly {@link containerd.services.content.v1.UpdateRequest.verify|verify} messages.
                     * @param message UpdateRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.content.v1.IUpdateRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes an UpdateRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns UpdateRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.content.v1.UpdateRequest;

                    /**
                     * Gets the default type url for UpdateRequest
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of an UpdateResponse. */
                interface IUpdateResponse {

                    /** UpdateResponse info */
                    info?: (containerd.services.content.v1.IInfo|null);
                }

                /** Represents an UpdateResponse. */
                class UpdateResponse implements IUpdateResponse {

                    /**
                     * Constructs a new UpdateResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.content.v1.IUpdateResponse);

                    /** UpdateResponse info. */
                    public info?: (containerd.services.content.v1.IInfo|null);

                    /**
                     * Creates a new UpdateResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns UpdateResponse instance
                     */
                    public static create(properties?: containerd.services.content.v1.IUpdateResponse): containerd.services.content.v1.UpdateResponse;

                    /**
                     * Encodes the specified UpdateResponse message. Does not implicitly {@link containerd.services.content.v1.UpdateResponse.verify|verify} messages.
                     * @param message UpdateResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.content.v1.IUpdateResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes an UpdateResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns UpdateResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.content.v1.UpdateResponse;

                    /**
                     * Gets the default type url for UpdateResponse
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a ListContentRequest. */
                interface IListContentRequest {

                    /** ListContentRequest filters */
                    filters?: (string[]|null);
                }

                /** Represents a ListContentRequest. */
                class ListContentRequest implements IListContentRequest {

                    /**
                     * Constructs a new ListContentRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.content.v1.IListContentRequest);

                    /** ListContentRequest filters. */
                    public filters: string[];

                    /**
                     * Creates a new ListContentRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns ListContentRequest instance
                     */
                    public static create(properties?: containerd.services.content.v1.IListContentRequest): containerd.services.content.v1.ListContentRequest;

                    /**
                     * Encodes the specified ListContentRequest message. Does not implicitly {@link containerd.services.content.v1.ListContentRequest.verify|verify} messages.
                     * @param message ListContentRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.content.v1.IListContentRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a ListContentRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns ListContentRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.content.v1.ListContentRequest;

                    /**
                     * Gets the default type url for ListContentRequest
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a ListContentResponse. */
                interface IListContentResponse {

                    /** ListContentResponse info */
                    info?: (containerd.services.content.v1.IInfo[]|null);
                }

                /** Represents a ListContentResponse. */
                class ListContentResponse implements IListContentResponse {

                    /**
                     * Constructs a new ListContentResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.content.v1.IListContentResponse);

                    /** ListContentResponse info. */
                    public info: containerd.services.content.v1.IInfo[];

                    /**
                     * Creates a new ListContentResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns ListContentResponse instance
                     */
                    public static create(properties?: containerd.services.content.v1.IListContentResponse): containerd.services.content.v1.ListContentResponse;

                    /**
                     * Encodes the specified ListContentResponse message. Does not implicitly {@link containerd.services.content.v1.ListContentResponse.verify|verify} messages.
                     * @param message ListContentResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.content.v1.IListContentResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a ListContentResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns ListContentResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.content.v1.ListContentResponse;

                    /**
                     * Gets the default type url for ListContentResponse
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a DeleteContentRequest. */
                interface IDeleteContentRequest {

                    /** DeleteContentRequest digest */
                    digest?: (string|null);
                }

                /** Represents a DeleteContentRequest. */
                class DeleteContentRequest implements IDeleteContentRequest {

                    /**
                     * Constructs a new DeleteContentRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.content.v1.IDeleteContentRequest);

                    /** DeleteContentRequest digest. */
                    public digest: string;

                    /**
                     * Creates a new DeleteContentRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns DeleteContentRequest instance
                     */
                    public static create(properties?: containerd.services.content.v1.IDeleteContentRequest): containerd.services.content.v1.DeleteContentRequest;

                    /**
                     * Encodes the specified DeleteContentRequest message. Does not implicitly {@link containerd.services.content.v1.DeleteContentRequest.verify|verify} messages.
                     * @param message DeleteContentRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.content.v1.IDeleteContentRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a DeleteContentRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns DeleteContentRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.content.v1.DeleteContentRequest;

                    /**
                     * Gets the default type url for DeleteContentRequest
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a ReadContentRequest. */
                interface IReadContentRequest {

                    /** ReadContentRequest digest */
                    digest?: (string|null);

                    /** ReadContentRequest offset */
                    offset?: (number|null);

                    /** ReadContentRequest size */
                    size?: (number|null);
                }

                /** Represents a ReadContentRequest. */
                class ReadContentRequest implements IReadContentRequest {

                    /**
                     * Constructs a new ReadContentRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.content.v1.IReadContentRequest);

                    /** ReadContentRequest digest. */
                    public digest: string;

                    /** ReadContentRequest offset. */
                    public offset: number;

                    /** ReadContentRequest size. */
                    public size: number;

                    /**
                     * Creates a new ReadContentRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns ReadContentRequest instance
                     */
                    public static create(properties?: containerd.services.content.v1.IReadContentRequest): containerd.services.content.v1.ReadContentRequest;

                    /**
                     * Encodes the specified ReadContentRequest message. Does not implicitly {@link containerd.services.content.v1.ReadContentRequest.verify|verify} messages.
                     * @param message ReadContentRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.content.v1.IReadContentRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a ReadContentRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns ReadContentRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.content.v1.ReadContentRequest;

                    /**
                     * Gets the default type url for ReadContentRequest
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a ReadContentResponse. */
                interface IReadContentResponse {

                    /** ReadContentResponse offset */
                    offset?: (number|null);

                    /** ReadContentResponse data */
                    data?: (Uint8Array|null);
                }

                /** Represents a ReadContentResponse. */
                class ReadContentResponse implements IReadContentResponse {

                    /**
                     * Constructs a new ReadContentResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.content.v1.IReadContentResponse);

                    /** ReadContentResponse offset. */
                    public offset: number;

                    /** ReadContentResponse data. */
                    public data: Uint8Array;

                    /**
                     * Creates a new ReadContentResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns ReadContentResponse instance
                     */
                    public static create(properties?: containerd.services.content.v1.IReadContentResponse): containerd.services.content.v1.ReadContentResponse;

                    /**
                     * Encodes the specified ReadContentResponse message. Does not implicitly {@link containerd.services.content.v1.ReadContentResponse.verify|verify} messages.
                     * @param message ReadContentResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.content.v1.IReadContentResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a ReadContentResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns ReadContentResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.content.v1.ReadContentResponse;

                    /**
                     * Gets the default type url for ReadContentResponse
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** WriteAction enum. */
                enum WriteAction {
                    STAT = 0,
                    WRITE = 1,
                    COMMIT = 2
                }

                /** Properties of a WriteContentRequest. */
                interface IWriteContentRequest {

                    /** WriteContentRequest action */
                    action?: (containerd.services.content.v1.WriteAction|null);

                    /** WriteContentRequest ref */
                    ref?: (string|null);

                    /** WriteContentRequest total */
                    total?: (number|null);

                    /** WriteContentRequest expected */
                    expected?: (string|null);

                    /** WriteContentRequest offset */
                    offset?: (number|null);

                    /** WriteContentRequest data */
                    data?: (Uint8Array|null);

                    /** WriteContentRequest labels */
                    labels?: ({ [k: string]: string }|null);
                }

                /** Represents a WriteContentRequest. */
                class WriteContentRequest implements IWriteContentRequest {

                    /**
                     * Constructs a new WriteContentRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.content.v1.IWriteContentRequest);

                    /** WriteContentRequest action. */
                    public action: containerd.services.content.v1.WriteAction;

                    /** WriteContentRequest ref. */
                    public ref: string;

                    /** WriteContentRequest total. */
                    public total: number;

                    /** WriteContentRequest expected. */
                    public expected: string;

                    /** WriteContentRequest offset. */
                    public offset: number;

                    /** WriteContentRequest data. */
                    public data: Uint8Array;

                    /** WriteContentRequest labels. */
                    public labels: { [k: string]: string };

                    /**
                     * Creates a new WriteContentRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns WriteContentRequest instance
                     */
                    public static create(properties?: containerd.services.content.v1.IWriteContentRequest): containerd.services.content.v1.WriteContentRequest;

                    /**
                     * Encodes the specified WriteContentRequest message. Does not implicitly {@link containerd.services.content.v1.WriteContentRequest.verify|verify} messages.
                     * @param message WriteContentRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.content.v1.IWriteContentRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a WriteContentRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns WriteContentRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.content.v1.WriteContentRequest;

                    /**
                     * Gets the default type url for WriteContentRequest
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a WriteContentResponse. */
                interface IWriteContentResponse {

                    /** WriteContentResponse action */
                    action?: (containerd.services.content.v1.WriteAction|null);

                    /** WriteContentResponse startedAt */
                    startedAt?: (google.protobuf.ITimestamp|null);

                    /** WriteContentResponse updatedAt */
                    updatedAt?: (google.protobuf.ITimestamp|null);

                    /** WriteContentResponse offset */
                    offset?: (number|null);

                    /** WriteContentResponse total */
                    total?: (number|null);

                    /** WriteContentResponse digest */
                    digest?: (string|null);
                }

                /** Represents a WriteContentResponse. */
                class WriteContentResponse implements IWriteContentResponse {

                    /**
                     * Constructs a new WriteContentResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.content.v1.IWriteContentResponse);

                    /** WriteContentResponse action. */
                    public action: containerd.services.content.v1.WriteAction;

                    /** WriteContentResponse startedAt. */
                    public startedAt?: (google.protobuf.ITimestamp|null);

                    /** WriteContentResponse updatedAt. */
                    public updatedAt?: (google.protobuf.ITimestamp|null);

                    /** WriteContentResponse offset. */
                    public offset: number;

                    /** WriteContentResponse total. */
                    public total: number;

                    /** WriteContentResponse digest. */
                    public digest: string;

                    /**
                     * Creates a new WriteContentResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns WriteContentResponse instance
                     */
                    public static create(properties?: containerd.services.content.v1.IWriteContentResponse): containerd.services.content.v1.WriteContentResponse;

                    /**
                     * Encodes the specified WriteContentResponse message. Does not implicitly {@link containerd.services.content.v1.WriteContentResponse.verify|verify} messages.
                     * @param message WriteContentResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.content.v1.IWriteContentResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a WriteContentResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns WriteContentResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.content.v1.WriteContentResponse;

                    /**
                     * Gets the default type url for WriteContentResponse
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of an AbortRequest. */
                interface IAbortRequest {

                    /** AbortRequest ref */
                    ref?: (string|null);
                }

                /** Represents an AbortRequest. */
                class AbortRequest implements IAbortRequest {

                    /**
                     * Constructs a new AbortRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.content.v1.IAbortRequest);

                    /** AbortRequest ref. */
                    public ref: string;

                    /**
                     * Creates a new AbortRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns AbortRequest instance
                     */
                    public static create(properties?: containerd.services.content.v1.IAbortRequest): containerd.services.content.v1.AbortRequest;

                    /**
                     * Encodes the specified AbortRequest message. Does not implicitly {@link containerd.services.content.v1.AbortRequest.verify|verify} messages.
                     * @param message AbortRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.content.v1.IAbortRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes an AbortRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns AbortRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.content.v1.AbortRequest;

                    /**
                     * Gets the default type url for AbortRequest
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }
            }
        }

        /** Namespace diff. */
        namespace diff {

            /** Namespace v1. */
            namespace v1 {

                /** Represents a Diff */
                class Diff extends $protobuf.rpc.Service {

                    /**
                     * Constructs a new Diff service.
                     * @param rpcImpl RPC implementation
                     * @param [requestDelimited=false] Whether requests are length-delimited
                     * @param [responseDelimited=false] Whether responses are length-delimited
                     */
                    constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

                    /**
                     * Creates new Diff service using the specified rpc implementation.
                     * @param rpcImpl RPC implementation
                     * @param [requestDelimited=false] Whether requests are length-delimited
                     * @param [responseDelimited=false] Whether responses are length-delimited
                     * @returns RPC service. Useful where requests and/or responses are streamed.
                     */
                    public static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Diff;

                    /**
                     * Calls Apply.
                     * @param request ApplyRequest message or plain object
                     * @param callback Node-style callback called with the error, if any, and ApplyResponse
                     */
                    public apply(request: containerd.services.diff.v1.IApplyRequest, callback: containerd.services.diff.v1.Diff.ApplyCallback): void;

                    /**
                     * Calls Apply.
                     * @param request ApplyRequest message or plain object
                     * @returns Promise
                     */
                    public apply(request: containerd.services.diff.v1.IApplyRequest): Promise<containerd.services.diff.v1.ApplyResponse>;

                    /**
                     * Calls Diff.
                     * @param request DiffRequest message or plain object
                     * @param callback Node-style callback called with the error, if any, and DiffResponse
                     */
                    public diff(request: containerd.services.diff.v1.IDiffRequest, callback: containerd.services.diff.v1.Diff.DiffCallback): void;

                    /**
                     * Calls Diff.
                     * @param request DiffRequest message or plain object
                     * @returns Promise
                     */
                    public diff(request: containerd.services.diff.v1.IDiffRequest): Promise<containerd.services.diff.v1.DiffResponse>;
                }

                namespace Diff {

                    /**
                     * Callback as used by {@link containerd.services.diff.v1.Diff#apply}.
                     * @param error Error, if any
                     * @param [response] ApplyResponse
                     */
                    type ApplyCallback = (error: (Error|null), response?: containerd.services.diff.v1.ApplyResponse) => void;

                    /**
                     * Callback as used by {@link containerd.services.diff.v1.Diff#diff}.
                     * @param error Error, if any
                     * @param [response] DiffResponse
                     */
                    type DiffCallback = (error: (Error|null), response?: containerd.services.diff.v1.DiffResponse) => void;
                }

                /** Properties of an ApplyRequest. */
                interface IApplyRequest {

                    /** ApplyRequest diff */
                    diff?: (containerd.types.IDescriptor|null);

                    /** ApplyRequest mounts */
                    mounts?: (containerd.types.IMount[]|null);

                    /** ApplyRequest payloads */
                    payloads?: ({ [k: string]: google.protobuf.IAny }|null);
                }

                /** Represents an ApplyRequest. */
                class ApplyRequest implements IApplyRequest {

                    /**
                     * Constructs a new ApplyRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.diff.v1.IApplyRequest);

                    /** ApplyRequest diff. */
                    public diff?: (containerd.types.IDescriptor|null);

                    /** ApplyRequest mounts. */
                    public mounts: containerd.types.IMount[];

                    /** ApplyRequest payloads. */
                    public payloads: { [k: string]: google.protobuf.IAny };

                    /**
                     * Creates a new ApplyRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns ApplyRequest instance
                     */
                    public static create(properties?: containerd.services.diff.v1.IApplyRequest): containerd.services.diff.v1.ApplyRequest;

                    /**
                     * Encodes the specified ApplyRequest message. Does not implicitly {@link containerd.services.diff.v1.ApplyRequest.verify|verify} messages.
                     * @param message ApplyRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.diff.v1.IApplyRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes an ApplyRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns ApplyRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.diff.v1.ApplyRequest;

                    /**
                     * Gets the default type url for ApplyRequest
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of an ApplyResponse. */
                interface IApplyResponse {

                    /** ApplyResponse applied */
                    applied?: (containerd.types.IDescriptor|null);
                }

                /** Represents an ApplyResponse. */
                class ApplyResponse implements IApplyResponse {

                    /**
                     * Constructs a new ApplyResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.diff.v1.IApplyResponse);

                    /** ApplyResponse applied. */
                    public applied?: (containerd.types.IDescriptor|null);

                    /**
                     * Creates a new ApplyResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns ApplyResponse instance
                     */
                    public static create(properties?: containerd.services.diff.v1.IApplyResponse): containerd.services.diff.v1.ApplyResponse;

                    /**
                     * Encodes the specified ApplyResponse message. Does not implicitly {@link containerd.services.diff.v1.ApplyResponse.verify|verify} messages.
                     * @param message ApplyResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.diff.v1.IApplyResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes an ApplyResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns ApplyResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.diff.v1.ApplyResponse;

                    /**
                     * Gets the default type url for ApplyResponse
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a DiffRequest. */
                interface IDiffRequest {

                    /** DiffRequest left */
                    left?: (containerd.types.IMount[]|null);

                    /** DiffRequest right */
                    right?: (containerd.types.IMount[]|null);

                    /** DiffRequest mediaType */
                    mediaType?: (string|null);

                    /** DiffRequest ref */
                    ref?: (string|null);

                    /** DiffRequest labels */
                    labels?: ({ [k: string]: string }|null);
                }

                /** Represents a DiffRequest. */
                class DiffRequest implements IDiffRequest {

                    /**
                     * Constructs a new DiffRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.diff.v1.IDiffRequest);

                    /** DiffRequest left. */
                    public left: containerd.types.IMount[];

                    /** DiffRequest right. */
                    public right: containerd.types.IMount[];

                    /** DiffRequest mediaType. */
                    public mediaType: string;

                    /** DiffRequest ref. */
                    public ref: string;

                    /** DiffRequest labels. */
                    public labels: { [k: string]: string };

                    /**
                     * Creates a new DiffRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns DiffRequest instance
                     */
                    public static create(properties?: containerd.services.diff.v1.IDiffRequest): containerd.services.diff.v1.DiffRequest;

                    /**
                     * Encodes the specified DiffRequest message. Does not implicitly {@link containerd.services.diff.v1.DiffRequest.verify|verify} messages.
                     * @param message DiffRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.diff.v1.IDiffRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a DiffRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns DiffRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.diff.v1.DiffRequest;

                    /**
                     * Gets the default type url for DiffRequest
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a DiffResponse. */
                interface IDiffResponse {

                    /** DiffResponse diff */
                    diff?: (containerd.types.IDescriptor|null);
                }

                /** Represents a DiffResponse. */
                class DiffResponse implements IDiffResponse {

                    /**
                     * Constructs a new DiffResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.diff.v1.IDiffResponse);

                    /** DiffResponse diff. */
                    public diff?: (containerd.types.IDescriptor|null);

                    /**
                     * Creates a new DiffResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns DiffResponse instance
                     */
                    public static create(properties?: containerd.services.diff.v1.IDiffResponse): containerd.services.diff.v1.DiffResponse;

                    /**
                     * Encodes the specified DiffResponse message. Does not implicitly {@link containerd.services.diff.v1.DiffResponse.verify|verify} messages.
                     * @param message DiffResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.diff.v1.IDiffResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a DiffResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns DiffResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.diff.v1.DiffResponse;

                    /**
                     * Gets the default type url for DiffResponse
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }
            }
        }

        /** Namespace events. */
        namespace events {

            /** Namespace v1. */
            namespace v1 {

                /** Represents an Events */
                class Events extends $protobuf.rpc.Service {

                    /**
                     * Constructs a new Events service.
                     * @param rpcImpl RPC implementation
                     * @param [requestDelimited=false] Whether requests are length-delimited
                     * @param [responseDelimited=false] Whether responses are length-delimited
                     */
                    constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

                    /**
                     * Creates new Events service using the specified rpc implementation.
                     * @param rpcImpl RPC implementation
                     * @param [requestDelimited=false] Whether requests are length-delimited
                     * @param [responseDelimited=false] Whether responses are length-delimited
                     * @returns RPC service. Useful where requests and/or responses are streamed.
                     */
                    public static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Events;

                    /**
                     * Calls Subscribe.
                     * @param request SubscribeRequest message or plain object
                     * @param callback Node-style callback called with the error, if any, and Envelope
                     */
                    public subscribe(request: containerd.services.events.v1.ISubscribeRequest, callback: containerd.services.events.v1.Events.SubscribeCallback): void;

                    /**
                     * Calls Subscribe.
                     * @param request SubscribeRequest message or plain object
                     * @returns Promise
                     */
                    public subscribe(request: containerd.services.events.v1.ISubscribeRequest): Promise<containerd.services.events.v1.Envelope>;
                }

                namespace Events {

                    /**
                     * Callback as used by {@link containerd.services.events.v1.Events#subscribe}.
                     * @param error Error, if any
                     * @param [response] Envelope
                     */
                    type SubscribeCallback = (error: (Error|null), response?: containerd.services.events.v1.Envelope) => void;
                }

                /** Properties of a SubscribeRequest. */
                interface ISubscribeRequest {

                    /** SubscribeRequest filters */
                    filters?: (string[]|null);
                }

                /** Represents a SubscribeRequest. */
                class SubscribeRequest implements ISubscribeRequest {

                    /**
                     * Constructs a new SubscribeRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.events.v1.ISubscribeRequest);

                    /** SubscribeRequest filters. */
                    public filters: string[];

                    /**
                     * Creates a new SubscribeRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns SubscribeRequest instance
                     */
                    public static create(properties?: containerd.services.events.v1.ISubscribeRequest): containerd.services.events.v1.SubscribeRequest;

                    /**
                     * Encodes the specified SubscribeRequest message. Does not implicitly {@link containerd.services.events.v1.SubscribeRequest.verify|verify} messages.
                     * @param message SubscribeRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.events.v1.ISubscribeRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a SubscribeRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns SubscribeRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.events.v1.SubscribeRequest;

                    /**
                     * Gets the default type url for SubscribeRequest
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of an Envelope. */
                interface IEnvelope {

                    /** Envelope timestamp */
                    timestamp?: (google.protobuf.ITimestamp|null);

                    /** Envelope namespace */
                    namespace?: (string|null);

                    /** Envelope topic */
                    topic?: (string|null);

                    /** Envelope event */
                    event?: (google.protobuf.IAny|null);
                }

                /** Represents an Envelope. */
                class Envelope implements IEnvelope {

                    /**
                     * Constructs a new Envelope.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.events.v1.IEnvelope);

                    /** Envelope timestamp. */
                    public timestamp?: (google.protobuf.ITimestamp|null);

                    /** Envelope namespace. */
                    public namespace: string;

                    /** Envelope topic. */
                    public topic: string;

                    /** Envelope event. */
                    public event?: (google.protobuf.IAny|null);

                    /**
                     * Creates a new Envelope instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Envelope instance
                     */
                    public static create(properties?: containerd.services.events.v1.IEnvelope): containerd.services.events.v1.Envelope;

                    /**
                     * Encodes the specified Envelope message. Does not implicitly {@link containerd.services.events.v1.Envelope.verify|verify} messages.
                     * @param message Envelope message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.events.v1.IEnvelope, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes an Envelope message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns Envelope
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.events.v1.Envelope;

                    /**
                     * Gets the default type url for Envelope
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }
            }

            /** Namespace ttrpc. */
            namespace ttrpc {

                /** Namespace v1. */
                namespace v1 {

                    /** Represents an Events */
                    class Events extends $protobuf.rpc.Service {

                        /**
                         * Constructs a new Events service.
                         * @param rpcImpl RPC implementation
                         * @param [requestDelimited=false] Whether requests are length-delimited
                         * @param [responseDelimited=false] Whether responses are length-delimited
                         */
                        constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

                        /**
                         * Creates new Events service using the specified rpc implementation.
                         * @param rpcImpl RPC implementation
                         * @param [requestDelimited=false] Whether requests are length-delimited
                         * @param [responseDelimited=false] Whether responses are length-delimited
                         * @returns RPC service. Useful where requests and/or responses are streamed.
                         */
                        public static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Events;

                        /**
                         * Calls Forward.
                         * @param request ForwardRequest message or plain object
                         * @param callback Node-style callback called with the error, if any, and Empty
                         */
                        public forward(request: containerd.services.events.ttrpc.v1.IForwardRequest, callback: containerd.services.events.ttrpc.v1.Events.ForwardCallback): void;

                        /**
                         * Calls Forward.
                         * @param request ForwardRequest message or plain object
                         * @returns Promise
                         */
                        public forward(request: containerd.services.events.ttrpc.v1.IForwardRequest): Promise<google.protobuf.Empty>;
                    }

                    namespace Events {

                        /**
                         * Callback as used by {@link containerd.services.events.ttrpc.v1.Events#forward}.
                         * @param error Error, if any
                         * @param [response] Empty
                         */
                        type ForwardCallback = (error: (Error|null), response?: google.protobuf.Empty) => void;
                    }

                    /** Properties of a ForwardRequest. */
                    interface IForwardRequest {

                        /** ForwardRequest envelope */
                        envelope?: (containerd.services.events.ttrpc.v1.IEnvelope|null);
                    }

                    /** Represents a ForwardRequest. */
                    class ForwardRequest implements IForwardRequest {

                        /**
                         * Constructs a new ForwardRequest.
                         * @param [properties] Properties to set
                         */
                        constructor(properties?: containerd.services.events.ttrpc.v1.IForwardRequest);

                        /** ForwardRequest envelope. */
                        public envelope?: (containerd.services.events.ttrpc.v1.IEnvelope|null);

                        /**
                         * Creates a new ForwardRequest instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns ForwardRequest instance
                         */
                        public static create(properties?: containerd.services.events.ttrpc.v1.IForwardRequest): containerd.services.events.ttrpc.v1.ForwardRequest;

                        /**
                         * Encodes the specified ForwardRequest message. Does not implicitly {@link containerd.services.events.ttrpc.v1.ForwardRequest.verify|verify} messages.
                         * @param message ForwardRequest message or plain object to encode
                         * @param [writer] Writer to encode to
                         * @returns Writer
                         */
                        public static encode(message: containerd.services.events.ttrpc.v1.IForwardRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes a ForwardRequest message from the specified reader or buffer.
                         * @param reader Reader or buffer to decode from
                         * @param [length] Message length if known beforehand
                         * @returns ForwardRequest
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.events.ttrpc.v1.ForwardRequest;

                        /**
                         * Gets the default type url for ForwardRequest
                         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                         * @returns The default type url
                         */
                        public static getTypeUrl(typeUrlPrefix?: string): string;
                    }

                    /** Properties of an Envelope. */
                    interface IEnvelope {

                        /** Envelope timestamp */
                        timestamp?: (google.protobuf.ITimestamp|null);

                        /** Envelope namespace */
                        namespace?: (string|null);

                        /** Envelope topic */
                        topic?: (string|null);

                        /** Envelope event */
                        event?: (google.protobuf.IAny|null);
                    }

                    /** Represents an Envelope. */
                    class Envelope implements IEnvelope {

                        /**
                         * Constructs a new Envelope.
                         * @param [properties] Properties to set
                         */
                        constructor(properties?: containerd.services.events.ttrpc.v1.IEnvelope);

                        /** Envelope timestamp. */
                        public timestamp?: (google.protobuf.ITimestamp|null);

                        /** Envelope namespace. */
                        public namespace: string;

                        /** Envelope topic. */
                        public topic: string;

                        /** Envelope event. */
                        public event?: (google.protobuf.IAny|null);

                        /**
                         * Creates a new Envelope instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns Envelope instance
                         */
                        public static create(properties?: containerd.services.events.ttrpc.v1.IEnvelope): containerd.services.events.ttrpc.v1.Envelope;

                        /**
                         * Encodes the specified Envelope message. Does not implicitly {@link containerd.services.events.ttrpc.v1.Envelope.verify|verify} messages.
                         * @param message Envelope message or plain object to encode
                         * @param [writer] Writer to encode to
                         * @returns Writer
                         */
                        public static encode(message: containerd.services.events.ttrpc.v1.IEnvelope, writer?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes an Envelope message from the specified reader or buffer.
                         * @param reader Reader or buffer to decode from
                         * @param [length] Message length if known beforehand
                         * @returns Envelope
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.events.ttrpc.v1.Envelope;

                        /**
                         * Gets the default type url for Envelope
                         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                         * @returns The default type url
                         */
                        public static getTypeUrl(typeUrlPrefix?: string): string;
                    }
                }
            }
        }

        /** Namespace images. */
        namespace images {

            /** Namespace v1. */
            namespace v1 {

                /** Represents an Images */
                class Images extends $protobuf.rpc.Service {

                    /**
                     * Constructs a new Images service.
                     * @param rpcImpl RPC implementation
                     * @param [requestDelimited=false] Whether requests are length-delimited
                     * @param [responseDelimited=false] Whether responses are length-delimited
                     */
                    constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

                    /**
                     * Creates new Images service using the specified rpc implementation.
                     * @param rpcImpl RPC implementation
                     * @param [requestDelimited=false] Whether requests are length-delimited
                     * @param [responseDelimited=false] Whether responses are length-delimited
                     * @returns RPC service. Useful where requests and/or responses are streamed.
                     */
                    public static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Images;

                    /**
                     * Calls Get.
                     * @param request GetImageRequest message or plain object
                     * @param callback Node-style callback called with the error, if any, and GetImageResponse
                     */
                    public get(request: containerd.services.images.v1.IGetImageRequest, callback: containerd.services.images.v1.Images.GetCallback): void;

                    /**
                     * Calls Get.
                     * @param request GetImageRequest message or plain object
                     * @returns Promise
                     */
                    public get(request: containerd.services.images.v1.IGetImageRequest): Promise<containerd.services.images.v1.GetImageResponse>;

                    /**
                     * Calls List.
                     * @param request ListImagesRequest message or plain object
                     * @param callback Node-style callback called with the error, if any, and ListImagesResponse
                     */
                    public list(request: containerd.services.images.v1.IListImagesRequest, callback: containerd.services.images.v1.Images.ListCallback): void;

                    /**
                     * Calls List.
                     * @param request ListImagesRequest message or plain object
                     * @returns Promise
                     */
                    public list(request: containerd.services.images.v1.IListImagesRequest): Promise<containerd.services.images.v1.ListImagesResponse>;

                    /**
                     * Calls Create.
                     * @param request CreateImageRequest message or plain object
                     * @param callback Node-style callback called with the error, if any, and CreateImageResponse
                     */
                    public create(request: containerd.services.images.v1.ICreateImageRequest, callback: containerd.services.images.v1.Images.CreateCallback): void;

                    /**
                     * Calls Create.
                     * @param request CreateImageRequest message or plain object
                     * @returns Promise
                     */
                    public create(request: containerd.services.images.v1.ICreateImageRequest): Promise<containerd.services.images.v1.CreateImageResponse>;

                    /**
                     * Calls Update.
                     * @param request UpdateImageRequest message or plain object
                     * @param callback Node-style callback called with the error, if any, and UpdateImageResponse
                     */
                    public update(request: containerd.services.images.v1.IUpdateImageRequest, callback: containerd.services.images.v1.Images.UpdateCallback): void;

                    /**
                     * Calls Update.
                     * @param request UpdateImageRequest message or plain object
                     * @returns Promise
                     */
                    public update(request: containerd.services.images.v1.IUpdateImageRequest): Promise<containerd.services.images.v1.UpdateImageResponse>;

                    /**
                     * Calls Delete.
                     * @param request DeleteImageRequest message or plain object
                     * @param callback Node-style callback called with the error, if any, and Empty
                     */
                    public delete(request: containerd.services.images.v1.IDeleteImageRequest, callback: containerd.services.images.v1.Images.DeleteCallback): void;

                    /**
                     * Calls Delete.
                     * @param request DeleteImageRequest message or plain object
                     * @returns Promise
                     */
                    public delete(request: containerd.services.images.v1.IDeleteImageRequest): Promise<google.protobuf.Empty>;
                }

                namespace Images {

                    /**
                     * Callback as used by {@link containerd.services.images.v1.Images#get}.
                     * @param error Error, if any
                     * @param [response] GetImageResponse
                     */
                    type GetCallback = (error: (Error|null), response?: containerd.services.images.v1.GetImageResponse) => void;

                    /**
                     * Callback as used by {@link containerd.services.images.v1.Images#list}.
                     * @param error Error, if any
                     * @param [response] ListImagesResponse
                     */
                    type ListCallback = (error: (Error|null), response?: containerd.services.images.v1.ListImagesResponse) => void;

                    /**
                     * Callback as used by {@link containerd.services.images.v1.Images#create}.
                     * @param error Error, if any
                     * @param [response] CreateImageResponse
                     */
                    type CreateCallback = (error: (Error|null), response?: containerd.services.images.v1.CreateImageResponse) => void;

                    /**
                     * Callback as used by {@link containerd.services.images.v1.Images#update}.
                     * @param error Error, if any
                     * @param [response] UpdateImageResponse
                     */
                    type UpdateCallback = (error: (Error|null), response?: containerd.services.images.v1.UpdateImageResponse) => void;

                    /**
                     * Callback as used by {@link containerd.services.images.v1.Images#delete_}.
                     * @param error Error, if any
                     * @param [response] Empty
                     */
                    type DeleteCallback = (error: (Error|null), response?: google.protobuf.Empty) => void;
                }

                /** Properties of an Image. */
                interface IImage {

                    /** Image name */
                    name?: (string|null);

                    /** Image labels */
                    labels?: ({ [k: string]: string }|null);

                    /** Image target */
                    target?: (containerd.types.IDescriptor|null);

                    /** Image createdAt */
                    createdAt?: (google.protobuf.ITimestamp|null);

                    /** Image updatedAt */
                    updatedAt?: (google.protobuf.ITimestamp|null);
                }

                /** Represents an Image. */
                class Image implements IImage {

                    /**
                     * Constructs a new Image.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.images.v1.IImage);

                    /** Image name. */
                    public name: string;

                    /** Image labels. */
                    public labels: { [k: string]: string };

                    /** Image target. */
                    public target?: (containerd.types.IDescriptor|null);

                    /** Image createdAt. */
                    public createdAt?: (google.protobuf.ITimestamp|null);

                    /** Image updatedAt. */
                    public updatedAt?: (google.protobuf.ITimestamp|null);

                    /**
                     * Creates a new Image instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Image instance
                     */
                    public static create(properties?: containerd.services.images.v1.IImage): containerd.services.images.v1.Image;

                    /**
                     * Encodes the specified Image message. Does not implicitly {@link containerd.services.images.v1.Image.verify|verify} messages.
                     * @param message Image message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.images.v1.IImage, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes an Image message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns Image
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.images.v1.Image;

                    /**
                     * Gets the default type url for Image
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a GetImageRequest. */
                interface IGetImageRequest {

                    /** GetImageRequest name */
                    name?: (string|null);
                }

                /** Represents a GetImageRequest. */
                class GetImageRequest implements IGetImageRequest {

                    /**
                     * Constructs a new GetImageRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.images.v1.IGetImageRequest);

                    /** GetImageRequest name. */
                    public name: string;

                    /**
                     * Creates a new GetImageRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns GetImageRequest instance
                     */
                    public static create(properties?: containerd.services.images.v1.IGetImageRequest): containerd.services.images.v1.GetImageRequest;

                    /**
                     * Encodes the specified GetImageRequest message. Does not implicitly {@link containerd.services.images.v1.GetImageRequest.verify|verify} messages.
                     * @param message GetImageRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.images.v1.IGetImageRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a GetImageRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns GetImageRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.images.v1.GetImageRequest;

                    /**
                     * Gets the default type url for GetImageRequest
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a GetImageResponse. */
                interface IGetImageResponse {

                    /** GetImageResponse image */
                    image?: (containerd.services.images.v1.IImage|null);
                }

                /** Represents a GetImageResponse. */
                class GetImageResponse implements IGetImageResponse {

                    /**
                     * Constructs a new GetImageResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.images.v1.IGetImageResponse);

                    /** GetImageResponse image. */
                    public image?: (containerd.services.images.v1.IImage|null);

                    /**
                     * Creates a new GetImageResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns GetImageResponse instance
                     */
                    public static create(properties?: containerd.services.images.v1.IGetImageResponse): containerd.services.images.v1.GetImageResponse;

                    /**
                     * Encodes the specified GetImageResponse message. Does not implicitly {@link containerd.services.images.v1.GetImageResponse.verify|verify} messages.
                     * @param message GetImageResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.images.v1.IGetImageResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a GetImageResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns GetImageResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.images.v1.GetImageResponse;

                    /**
                     * Gets the default type url for GetImageResponse
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a CreateImageRequest. */
                interface ICreateImageRequest {

                    /** CreateImageRequest image */
                    image?: (containerd.services.images.v1.IImage|null);
                }

                /** Represents a CreateImageRequest. */
                class CreateImageRequest implements ICreateImageRequest {

                    /**
                     * Constructs a new CreateImageRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.images.v1.ICreateImageRequest);

                    /** CreateImageRequest image. */
                    public image?: (containerd.services.images.v1.IImage|null);

                    /**
                     * Creates a new CreateImageRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns CreateImageRequest instance
                     */
                    public static create(properties?: containerd.services.images.v1.ICreateImageRequest): containerd.services.images.v1.CreateImageRequest;

                    /**
                     * Encodes the specified CreateImageRequest message. Does not implicitly {@link containerd.services.images.v1.CreateImageRequest.verify|verify} messages.
                     * @param message CreateImageRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.images.v1.ICreateImageRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a CreateImageRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns CreateImageRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.images.v1.CreateImageRequest;

                    /**
                     * Gets the default type url for CreateImageRequest
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a CreateImageResponse. */
                interface ICreateImageResponse {

                    /** CreateImageResponse image */
                    image?: (containerd.services.images.v1.IImage|null);
                }

                /** Represents a CreateImageResponse. */
                class CreateImageResponse implements ICreateImageResponse {

                    /**
                     * Constructs a new CreateImageResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.images.v1.ICreateImageResponse);

                    /** CreateImageResponse image. */
                    public image?: (containerd.services.images.v1.IImage|null);

                    /**
                     * Creates a new CreateImageResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns CreateImageResponse instance
                     */
                    public static create(properties?: containerd.services.images.v1.ICreateImageResponse): containerd.services.images.v1.CreateImageResponse;

                    /**
                     * Encodes the specified CreateImageResponse message. Does not implicitly {@link containerd.services.images.v1.CreateImageResponse.verify|verify} messages.
                     * @param message CreateImageResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.images.v1.ICreateImageResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a CreateImageResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns CreateImageResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.images.v1.CreateImageResponse;

                    /**
                     * Gets the default type url for CreateImageResponse
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of an UpdateImageRequest. */
                interface IUpdateImageRequest {

                    /** UpdateImageRequest image */
                    image?: (containerd.services.images.v1.IImage|null);

                    /** UpdateImageRequest updateMask */
                    updateMask?: (google.protobuf.IFieldMask|null);
                }

                /** Represents an UpdateImageRequest. */
                class UpdateImageRequest implements IUpdateImageRequest {

                    /**
                     * Constructs a new UpdateImageRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.images.v1.IUpdateImageRequest);

                    /** UpdateImageRequest image. */
                    public image?: (containerd.services.images.v1.IImage|null);

                    /** UpdateImageRequest updateMask. */
                    public updateMask?: (google.protobuf.IFieldMask|null);

                    /**
                     * Creates a new UpdateImageRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns UpdateImageRequest instance
                     */
                    public static create(properties?: containerd.services.images.v1.IUpdateImageRequest): containerd.services.images.v1.UpdateImageRequest;

                    /**
                     * Encodes the specified UpdateImageRequest message. Does not implicitly {@link containerd.services.images.v1.UpdateImageRequest.verify|verify} messages.
                     * @param message UpdateImageRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.images.v1.IUpdateImageRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes an UpdateImageRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns UpdateImageRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.images.v1.UpdateImageRequest;

                    /**
                     * Gets the default type url for UpdateImageRequest
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of an UpdateImageResponse. */
                interface IUpdateImageResponse {

                    /** UpdateImageResponse image */
                    image?: (containerd.services.images.v1.IImage|null);
                }

                /** Represents an UpdateImageResponse. */
                class UpdateImageResponse implements IUpdateImageResponse {

                    /**
                     * Constructs a new UpdateImageResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.images.v1.IUpdateImageResponse);

                    /** UpdateImageResponse image. */
                    public image?: (containerd.services.images.v1.IImage|null);

                    /**
                     * Creates a new UpdateImageResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns UpdateImageResponse instance
                     */
                    public static create(properties?: containerd.services.images.v1.IUpdateImageResponse): containerd.services.images.v1.UpdateImageResponse;

                    /**
                     * Encodes the specified UpdateImageResponse message. Does not implicitly {@link containerd.services.images.v1.UpdateImageResponse.verify|verify} messages.
                     * @param message UpdateImageResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.images.v1.IUpdateImageResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes an UpdateImageResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns UpdateImageResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.images.v1.UpdateImageResponse;

                    /**
                     * Gets the default type url for UpdateImageResponse
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a ListImagesRequest. */
                interface IListImagesRequest {

                    /** ListImagesRequest filters */
                    filters?: (string[]|null);
                }

                /** Represents a ListImagesRequest. */
                class ListImagesRequest implements IListImagesRequest {

                    /**
                     * Constructs a new ListImagesRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.images.v1.IListImagesRequest);

                    /** ListImagesRequest filters. */
                    public filters: string[];

                    /**
                     * Creates a new ListImagesRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns ListImagesRequest instance
                     */
                    public static create(properties?: containerd.services.images.v1.IListImagesRequest): containerd.services.images.v1.ListImagesRequest;

                    /**
                     * Encodes the specified ListImagesRequest message. Does not implicitly {@link containerd.services.images.v1.ListImagesRequest.verify|verify} messages.
                     * @param message ListImagesRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.images.v1.IListImagesRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a ListImagesRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns ListImagesRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.images.v1.ListImagesRequest;

                    /**
                     * Gets the default type url for ListImagesRequest
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a ListImagesResponse. */
                interface IListImagesResponse {

                    /** ListImagesResponse images */
                    images?: (containerd.services.images.v1.IImage[]|null);
                }

                /** Represents a ListImagesResponse. */
                class ListImagesResponse implements IListImagesResponse {

                    /**
                     * Constructs a new ListImagesResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.images.v1.IListImagesResponse);

                    /** ListImagesResponse images. */
                    public images: containerd.services.images.v1.IImage[];

                    /**
                     * Creates a new ListImagesResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns ListImagesResponse instance
                     */
                    public static create(properties?: containerd.services.images.v1.IListImagesResponse): containerd.services.images.v1.ListImagesResponse;

                    /**
                     * Encodes the specified ListImagesResponse message. Does not implicitly {@link containerd.services.images.v1.ListImagesResponse.verify|verify} messages.
                     * @param message ListImagesResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.images.v1.IListImagesResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a ListImagesResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns ListImagesResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.images.v1.ListImagesResponse;

                    /**
                     * Gets the default type url for ListImagesResponse
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a DeleteImageRequest. */
                interface IDeleteImageRequest {

                    /** DeleteImageRequest name */
                    name?: (string|null);

                    /** DeleteImageRequest sync */
                    sync?: (boolean|null);
                }

                /** Represents a DeleteImageRequest. */
                class DeleteImageRequest implements IDeleteImageRequest {

                    /**
                     * Constructs a new DeleteImageRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.images.v1.IDeleteImageRequest);

                    /** DeleteImageRequest name. */
                    public name: string;

                    /** DeleteImageRequest sync. */
                    public sync: boolean;

                    /**
                     * Creates a new DeleteImageRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns DeleteImageRequest instance
                     */
                    public static create(properties?: containerd.services.images.v1.IDeleteImageRequest): containerd.services.images.v1.DeleteImageRequest;

                    /**
                     * Encodes the specified DeleteImageRequest message. Does not implicitly {@link containerd.services.images.v1.DeleteImageRequest.verify|verify} messages.
                     * @param message DeleteImageRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.images.v1.IDeleteImageRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a DeleteImageRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns DeleteImageRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.images.v1.DeleteImageRequest;

                    /**
                     * Gets the default type url for DeleteImageRequest
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }
            }
        }

        /** Namespace leases. */
        namespace leases {

            /** Namespace v1. */
            namespace v1 {

                /** Represents a Leases */
                class Leases extends $protobuf.rpc.Service {

                    /**
                     * Constructs a new Leases service.
                     * @param rpcImpl RPC implementation
                     * @param [requestDelimited=false] Whether requests are length-delimited
                     * @param [responseDelimited=false] Whether responses are length-delimited
                     */
                    constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

                    /**
                     * Creates new Leases service using the specified rpc implementation.
                     * @param rpcImpl RPC implementation
                     * @param [requestDelimited=false] Whether requests are length-delimited
                     * @param [responseDelimited=false] Whether responses are length-delimited
                     * @returns RPC service. Useful where requests and/or responses are streamed.
                     */
                    public static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Leases;

                    /**
                     * Calls Create.
                     * @param request CreateRequest message or plain object
                     * @param callback Node-style callback called with the error, if any, and CreateResponse
                     */
                    public create(request: containerd.services.leases.v1.ICreateRequest, callback: containerd.services.leases.v1.Leases.CreateCallback): void;

                    /**
                     * Calls Create.
                     * @param request CreateRequest message or plain object
                     * @returns Promise
                     */
                    public create(request: containerd.services.leases.v1.ICreateRequest): Promise<containerd.services.leases.v1.CreateResponse>;

                    /**
                     * Calls Delete.
                     * @param request DeleteRequest message or plain object
                     * @param callback Node-style callback called with the error, if any, and Empty
                     */
                    public delete(request: containerd.services.leases.v1.IDeleteRequest, callback: containerd.services.leases.v1.Leases.DeleteCallback): void;

                    /**
                     * Calls Delete.
                     * @param request DeleteRequest message or plain object
                     * @returns Promise
                     */
                    public delete(request: containerd.services.leases.v1.IDeleteRequest): Promise<google.protobuf.Empty>;

                    /**
                     * Calls List.
                     * @param request ListRequest message or plain object
                     * @param callback Node-style callback called with the error, if any, and ListResponse
                     */
                    public list(request: containerd.services.leases.v1.IListRequest, callback: containerd.services.leases.v1.Leases.ListCallback): void;

                    /**
                     * Calls List.
                     * @param request ListRequest message or plain object
                     * @returns Promise
                     */
                    public list(request: containerd.services.leases.v1.IListRequest): Promise<containerd.services.leases.v1.ListResponse>;

                    /**
                     * Calls AddResource.
                     * @param request AddResourceRequest message or plain object
                     * @param callback Node-style callback called with the error, if any, and Empty
                     */
                    public addResource(request: containerd.services.leases.v1.IAddResourceRequest, callback: containerd.services.leases.v1.Leases.AddResourceCallback): void;

                    /**
                     * Calls AddResource.
                     * @param request AddResourceRequest message or plain object
                     * @returns Promise
                     */
                    public addResource(request: containerd.services.leases.v1.IAddResourceRequest): Promise<google.protobuf.Empty>;

                    /**
                     * Calls DeleteResource.
                     * @param request DeleteResourceRequest message or plain object
                     * @param callback Node-style callback called with the error, if any, and Empty
                     */
                    public deleteResource(request: containerd.services.leases.v1.IDeleteResourceRequest, callback: containerd.services.leases.v1.Leases.DeleteResourceCallback): void;

                    /**
                     * Calls DeleteResource.
                     * @param request DeleteResourceRequest message or plain object
                     * @returns Promise
                     */
                    public deleteResource(request: containerd.services.leases.v1.IDeleteResourceRequest): Promise<google.protobuf.Empty>;

                    /**
                     * Calls ListResources.
                     * @param request ListResourcesRequest message or plain object
                     * @param callback Node-style callback called with the error, if any, and ListResourcesResponse
                     */
                    public listResources(request: containerd.services.leases.v1.IListResourcesRequest, callback: containerd.services.leases.v1.Leases.ListResourcesCallback): void;

                    /**
                     * Calls ListResources.
                     * @param request ListResourcesRequest message or plain object
                     * @returns Promise
                     */
                    public listResources(request: containerd.services.leases.v1.IListResourcesRequest): Promise<containerd.services.leases.v1.ListResourcesResponse>;
                }

                namespace Leases {

                    /**
                     * Callback as used by {@link containerd.services.leases.v1.Leases#create}.
                     * @param error Error, if any
                     * @param [response] CreateResponse
                     */
                    type CreateCallback = (error: (Error|null), response?: containerd.services.leases.v1.CreateResponse) => void;

                    /**
                     * Callback as used by {@link containerd.services.leases.v1.Leases#delete_}.
                     * @param error Error, if any
                     * @param [response] Empty
                     */
                    type DeleteCallback = (error: (Error|null), response?: google.protobuf.Empty) => void;

                    /**
                     * Callback as used by {@link containerd.services.leases.v1.Leases#list}.
                     * @param error Error, if any
                     * @param [response] ListResponse
                     */
                    type ListCallback = (error: (Error|null), response?: containerd.services.leases.v1.ListResponse) => void;

                    /**
                     * Callback as used by {@link containerd.services.leases.v1.Leases#addResource}.
                     * @param error Error, if any
                     * @param [response] Empty
                     */
                    type AddResourceCallback = (error: (Error|null), response?: google.protobuf.Empty) => void;

                    /**
                     * Callback as used by {@link containerd.services.leases.v1.Leases#deleteResource}.
                     * @param error Error, if any
                     * @param [response] Empty
                     */
                    type DeleteResourceCallback = (error: (Error|null), response?: google.protobuf.Empty) => void;

                    /**
                     * Callback as used by {@link containerd.services.leases.v1.Leases#listResources}.
                     * @param error Error, if any
                     * @param [response] ListResourcesResponse
                     */
                    type ListResourcesCallback = (error: (Error|null), response?: containerd.services.leases.v1.ListResourcesResponse) => void;
                }

                /** Properties of a Lease. */
                interface ILease {

                    /** Lease id */
                    id?: (string|null);

                    /** Lease createdAt */
                    createdAt?: (google.protobuf.ITimestamp|null);

                    /** Lease labels */
                    labels?: ({ [k: string]: string }|null);
                }

                /** Represents a Lease. */
                class Lease implements ILease {

                    /**
                     * Constructs a new Lease.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.leases.v1.ILease);

                    /** Lease id. */
                    public id: string;

                    /** Lease createdAt. */
                    public createdAt?: (google.protobuf.ITimestamp|null);

                    /** Lease labels. */
                    public labels: { [k: string]: string };

                    /**
                     * Creates a new Lease instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Lease instance
                     */
                    public static create(properties?: containerd.services.leases.v1.ILease): containerd.services.leases.v1.Lease;

                    /**
                     * Encodes the specified Lease message. Does not implicitly {@link containerd.services.leases.v1.Lease.verify|verify} messages.
                     * @param message Lease message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.leases.v1.ILease, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Lease message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns Lease
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.leases.v1.Lease;

                    /**
                     * Gets the default type url for Lease
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a CreateRequest. */
                interface ICreateRequest {

                    /** CreateRequest id */
                    id?: (string|null);

                    /** CreateRequest labels */
                    labels?: ({ [k: string]: string }|null);
                }

                /** Represents a CreateRequest. */
                class CreateRequest implements ICreateRequest {

                    /**
                     * Constructs a new CreateRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.leases.v1.ICreateRequest);

                    /** CreateRequest id. */
                    public id: string;

                    /** CreateRequest labels. */
                    public labels: { [k: string]: string };

                    /**
                     * Creates a new CreateRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns CreateRequest instance
                     */
                    public static create(properties?: containerd.services.leases.v1.ICreateRequest): containerd.services.leases.v1.CreateRequest;

                    /**
                     * Encodes the specified CreateRequest message. Does not implicitly {@link containerd.services.leases.v1.CreateRequest.verify|verify} messages.
                     * @param message CreateRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.leases.v1.ICreateRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a CreateRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns CreateRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.leases.v1.CreateRequest;

                    /**
                     * Gets the default type url for CreateRequest
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a CreateResponse. */
                interface ICreateResponse {

                    /** CreateResponse lease */
                    lease?: (containerd.services.leases.v1.ILease|null);
                }

                /** Represents a CreateResponse. */
                class CreateResponse implements ICreateResponse {

                    /**
                     * Constructs a new CreateResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.leases.v1.ICreateResponse);

                    /** CreateResponse lease. */
                    public lease?: (containerd.services.leases.v1.ILease|null);

                    /**
                     * Creates a new CreateResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns CreateResponse instance
                     */
                    public static create(properties?: containerd.services.leases.v1.ICreateResponse): containerd.services.leases.v1.CreateResponse;

                    /**
                     * Encodes the specified CreateResponse message. Does not implicitly {@link containerd.services.leases.v1.CreateResponse.verify|verify} messages.
                     * @param message CreateResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.leases.v1.ICreateResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a CreateResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns CreateResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.leases.v1.CreateResponse;

                    /**
                     * Gets the default type url for CreateResponse
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a DeleteRequest. */
                interface IDeleteRequest {

                    /** DeleteRequest id */
                    id?: (string|null);

                    /** DeleteRequest sync */
                    sync?: (boolean|null);
                }

                /** Represents a DeleteRequest. */
                class DeleteRequest implements IDeleteRequest {

                    /**
                     * Constructs a new DeleteRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.leases.v1.IDeleteRequest);

                    /** DeleteRequest id. */
                    public id: string;

                    /** DeleteRequest sync. */
                    public sync: boolean;

                    /**
                     * Creates a new DeleteRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns DeleteRequest instance
                     */
                    public static create(properties?: containerd.services.leases.v1.IDeleteRequest): containerd.services.leases.v1.DeleteRequest;

                    /**
                     * Encodes the specified DeleteRequest message. Does not implicitly {@link containerd.services.leases.v1.DeleteRequest.verify|verify} messages.
                     * @param message DeleteRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.leases.v1.IDeleteRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a DeleteRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns DeleteRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.leases.v1.DeleteRequest;

                    /**
                     * Gets the default type url for DeleteRequest
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a ListRequest. */
                interface IListRequest {

                    /** ListRequest filters */
                    filters?: (string[]|null);
                }

                /** Represents a ListRequest. */
                class ListRequest implements IListRequest {

                    /**
                     * Constructs a new ListRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.leases.v1.IListRequest);

                    /** ListRequest filters. */
                    public filters: string[];

                    /**
                     * Creates a new ListRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns ListRequest instance
                     */
                    public static create(properties?: containerd.services.leases.v1.IListRequest): containerd.services.leases.v1.ListRequest;

                    /**
                     * Encodes the specified ListRequest message. Does not implicitly {@link containerd.services.leases.v1.ListRequest.verify|verify} messages.
                     * @param message ListRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.leases.v1.IListRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a ListRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns ListRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.leases.v1.ListRequest;

                    /**
                     * Gets the default type url for ListRequest
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a ListResponse. */
                interface IListResponse {

                    /** ListResponse leases */
                    leases?: (containerd.services.leases.v1.ILease[]|null);
                }

                /** Represents a ListResponse. */
                class ListResponse implements IListResponse {

                    /**
                     * Constructs a new ListResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.leases.v1.IListResponse);

                    /** ListResponse leases. */
                    public leases: containerd.services.leases.v1.ILease[];

                    /**
                     * Creates a new ListResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns ListResponse instance
                     */
                    public static create(properties?: containerd.services.leases.v1.IListResponse): containerd.services.leases.v1.ListResponse;

                    /**
                     * Encodes the specified ListResponse message. Does not implicitly {@link containerd.services.leases.v1.ListResponse.verify|verify} messages.
                     * @param message ListResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.leases.v1.IListResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a ListResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns ListResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.leases.v1.ListResponse;

                    /**
                     * Gets the default type url for ListResponse
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a Resource. */
                interface IResource {

                    /** Resource id */
                    id?: (string|null);

                    /** Resource type */
                    type?: (string|null);
                }

                /** Represents a Resource. */
                class Resource implements IResource {

                    /**
                     * Constructs a new Resource.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.leases.v1.IResource);

                    /** Resource id. */
                    public id: string;

                    /** Resource type. */
                    public type: string;

                    /**
                     * Creates a new Resource instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Resource instance
                     */
                    public static create(properties?: containerd.services.leases.v1.IResource): containerd.services.leases.v1.Resource;

                    /**
                     * Encodes the specified Resource message. Does not implicitly {@link containerd.services.leases.v1.Resource.verify|verify} messages.
                     * @param message Resource message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.leases.v1.IResource, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Resource message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns Resource
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.leases.v1.Resource;

                    /**
                     * Gets the default type url for Resource
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of an AddResourceRequest. */
                interface IAddResourceRequest {

                    /** AddResourceRequest id */
                    id?: (string|null);

                    /** AddResourceRequest resource */
                    resource?: (containerd.services.leases.v1.IResource|null);
                }

                /** Represents an AddResourceRequest. */
                class AddResourceRequest implements IAddResourceRequest {

                    /**
                     * Constructs a new AddResourceRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.leases.v1.IAddResourceRequest);

                    /** AddResourceRequest id. */
                    public id: string;

                    /** AddResourceRequest resource. */
                    public resource?: (containerd.services.leases.v1.IResource|null);

                    /**
                     * Creates a new AddResourceRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns AddResourceRequest instance
                     */
                    public static create(properties?: containerd.services.leases.v1.IAddResourceRequest): containerd.services.leases.v1.AddResourceRequest;

                    /**
                     * Encodes the specified AddResourceRequest message. Does not implicitly {@link containerd.services.leases.v1.AddResourceRequest.verify|verify} messages.
                     * @param message AddResourceRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.leases.v1.IAddResourceRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes an AddResourceRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns AddResourceRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.leases.v1.AddResourceRequest;

                    /**
                     * Gets the default type url for AddResourceRequest
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a DeleteResourceRequest. */
                interface IDeleteResourceRequest {

                    /** DeleteResourceRequest id */
                    id?: (string|null);

                    /** DeleteResourceRequest resource */
                    resource?: (containerd.services.leases.v1.IResource|null);
                }

                /** Represents a DeleteResourceRequest. */
                class DeleteResourceRequest implements IDeleteResourceRequest {

                    /**
                     * Constructs a new DeleteResourceRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.leases.v1.IDeleteResourceRequest);

                    /** DeleteResourceRequest id. */
                    public id: string;

                    /** DeleteResourceRequest resource. */
                    public resource?: (containerd.services.leases.v1.IResource|null);

                    /**
                     * Creates a new DeleteResourceRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns DeleteResourceRequest instance
                     */
                    public static create(properties?: containerd.services.leases.v1.IDeleteResourceRequest): containerd.services.leases.v1.DeleteResourceRequest;

                    /**
                     * Encodes the specified DeleteResourceRequest message. Does not implicitly {@link containerd.services.leases.v1.DeleteResourceRequest.verify|verify} messages.
                     * @param message DeleteResourceRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.leases.v1.IDeleteResourceRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a DeleteResourceRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns DeleteResourceRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.leases.v1.DeleteResourceRequest;

                    /**
                     * Gets the default type url for DeleteResourceRequest
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a ListResourcesRequest. */
                interface IListResourcesRequest {

                    /** ListResourcesRequest id */
                    id?: (string|null);
                }

                /** Represents a ListResourcesRequest. */
                class ListResourcesRequest implements IListResourcesRequest {

                    /**
                     * Constructs a new ListResourcesRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.leases.v1.IListResourcesRequest);

                    /** ListResourcesRequest id. */
                    public id: string;

                    /**
                     * Creates a new ListResourcesRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns ListResourcesRequest instance
                     */
                    public static create(properties?: containerd.services.leases.v1.IListResourcesRequest): containerd.services.leases.v1.ListResourcesRequest;

                    /**
                     * Encodes the specified ListResourcesRequest message. Does not implicitly {@link containerd.services.leases.v1.ListResourcesRequest.verify|verify} messages.
                     * @param message ListResourcesRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.leases.v1.IListResourcesRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a ListResourcesRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns ListResourcesRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.leases.v1.ListResourcesRequest;

                    /**
                     * Gets the default type url for ListResourcesRequest
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a ListResourcesResponse. */
                interface IListResourcesResponse {

                    /** ListResourcesResponse resources */
                    resources?: (containerd.services.leases.v1.IResource[]|null);
                }

                /** Represents a ListResourcesResponse. */
                class ListResourcesResponse implements IListResourcesResponse {

                    /**
                     * Constructs a new ListResourcesResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.leases.v1.IListResourcesResponse);

                    /** ListResourcesResponse resources. */
                    public resources: containerd.services.leases.v1.IResource[];

                    /**
                     * Creates a new ListResourcesResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns ListResourcesResponse instance
                     */
                    public static create(properties?: containerd.services.leases.v1.IListResourcesResponse): containerd.services.leases.v1.ListResourcesResponse;

                    /**
                     * Encodes the specified ListResourcesResponse message. Does not implicitly {@link containerd.services.leases.v1.ListResourcesResponse.verify|verify} messages.
                     * @param message ListResourcesResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.leases.v1.IListResourcesResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a ListResourcesResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns ListResourcesResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.leases.v1.ListResourcesResponse;

                    /**
                     * Gets the default type url for ListResourcesResponse
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }
            }
        }

        /** Namespace namespaces. */
        namespace namespaces {

            /** Namespace v1. */
            namespace v1 {

                /** Represents a Namespaces */
                class Namespaces extends $protobuf.rpc.Service {

                    /**
                     * Constructs a new Namespaces service.
                     * @param rpcImpl RPC implementation
                     * @param [requestDelimited=false] Whether requests are length-delimited
                     * @param [responseDelimited=false] Whether responses are length-delimited
                     */
                    constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

                    /**
                     * Creates new Namespaces service using the specified rpc implementation.
                     * @param rpcImpl RPC implementation
                     * @param [requestDelimited=false] Whether requests are length-delimited
                     * @param [responseDelimited=false] Whether responses are length-delimited
                     * @returns RPC service. Useful where requests and/or responses are streamed.
                     */
                    public static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Namespaces;

                    /**
                     * Calls List.
                     * @param request ListNamespacesRequest message or plain object
                     * @param callback Node-style callback called with the error, if any, and ListNamespacesResponse
                     */
                    public list(request: containerd.services.namespaces.v1.IListNamespacesRequest, callback: containerd.services.namespaces.v1.Namespaces.ListCallback): void;

                    /**
                     * Calls List.
                     * @param request ListNamespacesRequest message or plain object
                     * @returns Promise
                     */
                    public list(request: containerd.services.namespaces.v1.IListNamespacesRequest): Promise<containerd.services.namespaces.v1.ListNamespacesResponse>;
                }

                namespace Namespaces {

                    /**
                     * Callback as used by {@link containerd.services.namespaces.v1.Namespaces#list}.
                     * @param error Error, if any
                     * @param [response] ListNamespacesResponse
                     */
                    type ListCallback = (error: (Error|null), response?: containerd.services.namespaces.v1.ListNamespacesResponse) => void;
                }

                /** Properties of a Namespace. */
                interface INamespace {

                    /** Namespace name */
                    name?: (string|null);

                    /** Namespace labels */
                    labels?: ({ [k: string]: string }|null);
                }

                /** Represents a Namespace. */
                class Namespace implements INamespace {

                    /**
                     * Constructs a new Namespace.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.namespaces.v1.INamespace);

                    /** Namespace name. */
                    public name: string;

                    /** Namespace labels. */
                    public labels: { [k: string]: string };

                    /**
                     * Creates a new Namespace instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Namespace instance
                     */
                    public static create(properties?: containerd.services.namespaces.v1.INamespace): containerd.services.namespaces.v1.Namespace;

                    /**
                     * Encodes the specified Namespace message. Does not implicitly {@link containerd.services.namespaces.v1.Namespace.verify|verify} messages.
                     * @param message Namespace message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.namespaces.v1.INamespace, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Namespace message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns Namespace
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.namespaces.v1.Namespace;

                    /**
                     * Gets the default type url for Namespace
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a ListNamespacesRequest. */
                interface IListNamespacesRequest {

                    /** ListNamespacesRequest filter */
                    filter?: (string|null);
                }

                /** Represents a ListNamespacesRequest. */
                class ListNamespacesRequest implements IListNamespacesRequest {

                    /**
                     * Constructs a new ListNamespacesRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.namespaces.v1.IListNamespacesRequest);

                    /** ListNamespacesRequest filter. */
                    public filter: string;

                    /**
                     * Creates a new ListNamespacesRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns ListNamespacesRequest instance
                     */
                    public static create(properties?: containerd.services.namespaces.v1.IListNamespacesRequest): containerd.services.namespaces.v1.ListNamespacesRequest;

                    /**
                     * Encodes the specified ListNamespacesRequest message. Does not implicitly {@link containerd.services.namespaces.v1.ListNamespacesRequest.verify|verify} messages.
                     * @param message ListNamespacesRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.namespaces.v1.IListNamespacesRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a ListNamespacesRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns ListNamespacesRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.namespaces.v1.ListNamespacesRequest;

                    /**
                     * Gets the default type url for ListNamespacesRequest
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a ListNamespacesResponse. */
                interface IListNamespacesResponse {

                    /** ListNamespacesResponse namespaces */
                    namespaces?: (containerd.services.namespaces.v1.INamespace[]|null);
                }

                /** Represents a ListNamespacesResponse. */
                class ListNamespacesResponse implements IListNamespacesResponse {

                    /**
                     * Constructs a new ListNamespacesResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.namespaces.v1.IListNamespacesResponse);

                    /** ListNamespacesResponse namespaces. */
                    public namespaces: containerd.services.namespaces.v1.INamespace[];

                    /**
                     * Creates a new ListNamespacesResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns ListNamespacesResponse instance
                     */
                    public static create(properties?: containerd.services.namespaces.v1.IListNamespacesResponse): containerd.services.namespaces.v1.ListNamespacesResponse;

                    /**
                     * Encodes the specified ListNamespacesResponse message. Does not implicitly {@link containerd.services.namespaces.v1.ListNamespacesResponse.verify|verify} messages.
                     * @param message ListNamespacesResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.namespaces.v1.IListNamespacesResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a ListNamespacesResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns ListNamespacesResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.namespaces.v1.ListNamespacesResponse;

                    /**
                     * Gets the default type url for ListNamespacesResponse
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }
            }
        }

        /** Namespace snapshots. */
        namespace snapshots {

            /** Namespace v1. */
            namespace v1 {

                /** Represents a Snapshots */
                class Snapshots extends $protobuf.rpc.Service {

                    /**
                     * Constructs a new Snapshots service.
                     * @param rpcImpl RPC implementation
                     * @param [requestDelimited=false] Whether requests are length-delimited
                     * @param [responseDelimited=false] Whether responses are length-delimited
                     */
                    constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

                    /**
                     * Creates new Snapshots service using the specified rpc implementation.
                     * @param rpcImpl RPC implementation
                     * @param [requestDelimited=false] Whether requests are length-delimited
                     * @param [responseDelimited=false] Whether responses are length-delimited
                     * @returns RPC service. Useful where requests and/or responses are streamed.
                     */
                    public static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Snapshots;

                    /**
                     * Calls Prepare.
                     * @param request PrepareSnapshotRequest message or plain object
                     * @param callback Node-style callback called with the error, if any, and PrepareSnapshotResponse
                     */
                    public prepare(request: containerd.services.snapshots.v1.IPrepareSnapshotRequest, callback: containerd.services.snapshots.v1.Snapshots.PrepareCallback): void;

                    /**
                     * Calls Prepare.
                     * @param request PrepareSnapshotRequest message or plain object
                     * @returns Promise
                     */
                    public prepare(request: containerd.services.snapshots.v1.IPrepareSnapshotRequest): Promise<containerd.services.snapshots.v1.PrepareSnapshotResponse>;

                    /**
                     * Calls View.
                     * @param request ViewSnapshotRequest message or plain object
                     * @param callback Node-style callback called with the error, if any, and ViewSnapshotResponse
                     */
                    public view(request: containerd.services.snapshots.v1.IViewSnapshotRequest, callback: containerd.services.snapshots.v1.Snapshots.ViewCallback): void;

                    /**
                     * Calls View.
                     * @param request ViewSnapshotRequest message or plain object
                     * @returns Promise
                     */
                    public view(request: containerd.services.snapshots.v1.IViewSnapshotRequest): Promise<containerd.services.snapshots.v1.ViewSnapshotResponse>;

                    /**
                     * Calls Mounts.
                     * @param request MountsRequest message or plain object
                     * @param callback Node-style callback called with the error, if any, and MountsResponse
                     */
                    public mounts(request: containerd.services.snapshots.v1.IMountsRequest, callback: containerd.services.snapshots.v1.Snapshots.MountsCallback): void;

                    /**
                     * Calls Mounts.
                     * @param request MountsRequest message or plain object
                     * @returns Promise
                     */
                    public mounts(request: containerd.services.snapshots.v1.IMountsRequest): Promise<containerd.services.snapshots.v1.MountsResponse>;

                    /**
                     * Calls Commit.
                     * @param request CommitSnapshotRequest message or plain object
                     * @param callback Node-style callback called with the error, if any, and Empty
                     */
                    public commit(request: containerd.services.snapshots.v1.ICommitSnapshotRequest, callback: containerd.services.snapshots.v1.Snapshots.CommitCallback): void;

                    /**
                     * Calls Commit.
                     * @param request CommitSnapshotRequest message or plain object
                     * @returns Promise
                     */
                    public commit(request: containerd.services.snapshots.v1.ICommitSnapshotRequest): Promise<google.protobuf.Empty>;

                    /**
                     * Calls Remove.
                     * @param request RemoveSnapshotRequest message or plain object
                     * @param callback Node-style callback called with the error, if any, and Empty
                     */
                    public remove(request: containerd.services.snapshots.v1.IRemoveSnapshotRequest, callback: containerd.services.snapshots.v1.Snapshots.RemoveCallback): void;

                    /**
                     * Calls Remove.
                     * @param request RemoveSnapshotRequest message or plain object
                     * @returns Promise
                     */
                    public remove(request: containerd.services.snapshots.v1.IRemoveSnapshotRequest): Promise<google.protobuf.Empty>;

                    /**
                     * Calls Stat.
                     * @param request StatSnapshotRequest message or plain object
                     * @param callback Node-style callback called with the error, if any, and StatSnapshotResponse
                     */
                    public stat(request: containerd.services.snapshots.v1.IStatSnapshotRequest, callback: containerd.services.snapshots.v1.Snapshots.StatCallback): void;

                    /**
                     * Calls Stat.
                     * @param request StatSnapshotRequest message or plain object
                     * @returns Promise
                     */
                    public stat(request: containerd.services.snapshots.v1.IStatSnapshotRequest): Promise<containerd.services.snapshots.v1.StatSnapshotResponse>;

                    /**
                     * Calls Update.
                     * @param request UpdateSnapshotRequest message or plain object
                     * @param callback Node-style callback called with the error, if any, and UpdateSnapshotResponse
                     */
                    public update(request: containerd.services.snapshots.v1.IUpdateSnapshotRequest, callback: containerd.services.snapshots.v1.Snapshots.UpdateCallback): void;

                    /**
                     * Calls Update.
                     * @param request UpdateSnapshotRequest message or plain object
                     * @returns Promise
                     */
                    public update(request: containerd.services.snapshots.v1.IUpdateSnapshotRequest): Promise<containerd.services.snapshots.v1.UpdateSnapshotResponse>;

                    /**
                     * Calls List.
                     * @param request ListSnapshotsRequest message or plain object
                     * @param callback Node-style callback called with the error, if any, and ListSnapshotsResponse
                     */
                    public list(request: containerd.services.snapshots.v1.IListSnapshotsRequest, callback: containerd.services.snapshots.v1.Snapshots.ListCallback): void;

                    /**
                     * Calls List.
                     * @param request ListSnapshotsRequest message or plain object
                     * @returns Promise
                     */
                    public list(request: containerd.services.snapshots.v1.IListSnapshotsRequest): Promise<containerd.services.snapshots.v1.ListSnapshotsResponse>;

                    /**
                     * Calls Usage.
                     * @param request UsageRequest message or plain object
                     * @param callback Node-style callback called with the error, if any, and UsageResponse
                     */
                    public usage(request: containerd.services.snapshots.v1.IUsageRequest, callback: containerd.services.snapshots.v1.Snapshots.UsageCallback): void;

                    /**
                     * Calls Usage.
                     * @param request UsageRequest message or plain object
                     * @returns Promise
                     */
                    public usage(request: containerd.services.snapshots.v1.IUsageRequest): Promise<containerd.services.snapshots.v1.UsageResponse>;

                    /**
                     * Calls Cleanup.
                     * @param request CleanupRequest message or plain object
                     * @param callback Node-style callback called with the error, if any, and Empty
                     */
                    public cleanup(request: containerd.services.snapshots.v1.ICleanupRequest, callback: containerd.services.snapshots.v1.Snapshots.CleanupCallback): void;

                    /**
                     * Calls Cleanup.
                     * @param request CleanupRequest message or plain object
                     * @returns Promise
                     */
                    public cleanup(request: containerd.services.snapshots.v1.ICleanupRequest): Promise<google.protobuf.Empty>;
                }

                namespace Snapshots {

                    /**
                     * Callback as used by {@link containerd.services.snapshots.v1.Snapshots#prepare}.
                     * @param error Error, if any
                     * @param [response] PrepareSnapshotResponse
                     */
                    type PrepareCallback = (error: (Error|null), response?: containerd.services.snapshots.v1.PrepareSnapshotResponse) => void;

                    /**
                     * Callback as used by {@link containerd.services.snapshots.v1.Snapshots#view}.
                     * @param error Error, if any
                     * @param [response] ViewSnapshotResponse
                     */
                    type ViewCallback = (error: (Error|null), response?: containerd.services.snapshots.v1.ViewSnapshotResponse) => void;

                    /**
                     * Callback as used by {@link containerd.services.snapshots.v1.Snapshots#mounts}.
                     * @param error Error, if any
                     * @param [response] MountsResponse
                     */
                    type MountsCallback = (error: (Error|null), response?: containerd.services.snapshots.v1.MountsResponse) => void;

                    /**
                     * Callback as used by {@link containerd.services.snapshots.v1.Snapshots#commit}.
                     * @param error Error, if any
                     * @param [response] Empty
                     */
                    type CommitCallback = (error: (Error|null), response?: google.protobuf.Empty) => void;

                    /**
                     * Callback as used by {@link containerd.services.snapshots.v1.Snapshots#remove}.
                     * @param error Error, if any
                     * @param [response] Empty
                     */
                    type RemoveCallback = (error: (Error|null), response?: google.protobuf.Empty) => void;

                    /**
                     * Callback as used by {@link containerd.services.snapshots.v1.Snapshots#stat}.
                     * @param error Error, if any
                     * @param [response] StatSnapshotResponse
                     */
                    type StatCallback = (error: (Error|null), response?: containerd.services.snapshots.v1.StatSnapshotResponse) => void;

                    /**
                     * Callback as used by {@link containerd.services.snapshots.v1.Snapshots#update}.
                     * @param error Error, if any
                     * @param [response] UpdateSnapshotResponse
                     */
                    type UpdateCallback = (error: (Error|null), response?: containerd.services.snapshots.v1.UpdateSnapshotResponse) => void;

                    /**
                     * Callback as used by {@link containerd.services.snapshots.v1.Snapshots#list}.
                     * @param error Error, if any
                     * @param [response] ListSnapshotsResponse
                     */
                    type ListCallback = (error: (Error|null), response?: containerd.services.snapshots.v1.ListSnapshotsResponse) => void;

                    /**
                     * Callback as used by {@link containerd.services.snapshots.v1.Snapshots#usage}.
                     * @param error Error, if any
                     * @param [response] UsageResponse
                     */
                    type UsageCallback = (error: (Error|null), response?: containerd.services.snapshots.v1.UsageResponse) => void;

                    /**
                     * Callback as used by {@link containerd.services.snapshots.v1.Snapshots#cleanup}.
                     * @param error Error, if any
                     * @param [response] Empty
                     */
                    type CleanupCallback = (error: (Error|null), response?: google.protobuf.Empty) => void;
                }

                /** Properties of a PrepareSnapshotRequest. */
                interface IPrepareSnapshotRequest {

                    /** PrepareSnapshotRequest snapshotter */
                    snapshotter?: (string|null);

                    /** PrepareSnapshotRequest key */
                    key?: (string|null);

                    /** PrepareSnapshotRequest parent */
                    parent?: (string|null);

                    /** PrepareSnapshotRequest labels */
                    labels?: ({ [k: string]: string }|null);
                }

                /** Represents a PrepareSnapshotRequest. */
                class PrepareSnapshotRequest implements IPrepareSnapshotRequest {

                    /**
                     * Constructs a new PrepareSnapshotRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.snapshots.v1.IPrepareSnapshotRequest);

                    /** PrepareSnapshotRequest snapshotter. */
                    public snapshotter: string;

                    /** PrepareSnapshotRequest key. */
                    public key: string;

                    /** PrepareSnapshotRequest parent. */
                    public parent: string;

                    /** PrepareSnapshotRequest labels. */
                    public labels: { [k: string]: string };

                    /**
                     * Creates a new PrepareSnapshotRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns PrepareSnapshotRequest instance
                     */
                    public static create(properties?: containerd.services.snapshots.v1.IPrepareSnapshotRequest): containerd.services.snapshots.v1.PrepareSnapshotRequest;

                    /**
                     * Encodes the specified PrepareSnapshotRequest message. Does not implicitly {@link containerd.services.snapshots.v1.PrepareSnapshotRequest.verify|verify} messages.
                     * @param message PrepareSnapshotRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.snapshots.v1.IPrepareSnapshotRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a PrepareSnapshotRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns PrepareSnapshotRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.snapshots.v1.PrepareSnapshotRequest;

                    /**
                     * Gets the default type url for PrepareSnapshotRequest
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a PrepareSnapshotResponse. */
                interface IPrepareSnapshotResponse {

                    /** PrepareSnapshotResponse mounts */
                    mounts?: (containerd.types.IMount[]|null);
                }

                /** Represents a PrepareSnapshotResponse. */
                class PrepareSnapshotResponse implements IPrepareSnapshotResponse {

                    /**
                     * Constructs a new PrepareSnapshotResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.snapshots.v1.IPrepareSnapshotResponse);

                    /** PrepareSnapshotResponse mounts. */
                    public mounts: containerd.types.IMount[];

                    /**
                     * Creates a new PrepareSnapshotResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns PrepareSnapshotResponse instance
                     */
                    public static create(properties?: containerd.services.snapshots.v1.IPrepareSnapshotResponse): containerd.services.snapshots.v1.PrepareSnapshotResponse;

                    /**
                     * Encodes the specified PrepareSnapshotResponse message. Does not implicitly {@link containerd.services.snapshots.v1.PrepareSnapshotResponse.verify|verify} messages.
                     * @param message PrepareSnapshotResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.snapshots.v1.IPrepareSnapshotResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a PrepareSnapshotResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns PrepareSnapshotResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.snapshots.v1.PrepareSnapshotResponse;

                    /**
                     * Gets the default type url for PrepareSnapshotResponse
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a ViewSnapshotRequest. */
                interface IViewSnapshotRequest {

                    /** ViewSnapshotRequest snapshotter */
                    snapshotter?: (string|null);

                    /** ViewSnapshotRequest key */
                    key?: (string|null);

                    /** ViewSnapshotRequest parent */
                    parent?: (string|null);

                    /** ViewSnapshotRequest labels */
                    labels?: ({ [k: string]: string }|null);
                }

                /** Represents a ViewSnapshotRequest. */
                class ViewSnapshotRequest implements IViewSnapshotRequest {

                    /**
                     * Constructs a new ViewSnapshotRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.snapshots.v1.IViewSnapshotRequest);

                    /** ViewSnapshotRequest snapshotter. */
                    public snapshotter: string;

                    /** ViewSnapshotRequest key. */
                    public key: string;

                    /** ViewSnapshotRequest parent. */
                    public parent: string;

                    /** ViewSnapshotRequest labels. */
                    public labels: { [k: string]: string };

                    /**
                     * Creates a new ViewSnapshotRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns ViewSnapshotRequest instance
                     */
                    public static create(properties?: containerd.services.snapshots.v1.IViewSnapshotRequest): containerd.services.snapshots.v1.ViewSnapshotRequest;

                    /**
                     * Encodes the specified ViewSnapshotRequest message. Does not implicitly {@link containerd.services.snapshots.v1.ViewSnapshotRequest.verify|verify} messages.
                     * @param message ViewSnapshotRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.snapshots.v1.IViewSnapshotRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a ViewSnapshotRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns ViewSnapshotRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.snapshots.v1.ViewSnapshotRequest;

                    /**
                     * Gets the default type url for ViewSnapshotRequest
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a ViewSnapshotResponse. */
                interface IViewSnapshotResponse {

                    /** ViewSnapshotResponse mounts */
                    mounts?: (containerd.types.IMount[]|null);
                }

                /** Represents a ViewSnapshotResponse. */
                class ViewSnapshotResponse implements IViewSnapshotResponse {

                    /**
                     * Constructs a new ViewSnapshotResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.snapshots.v1.IViewSnapshotResponse);

                    /** ViewSnapshotResponse mounts. */
                    public mounts: containerd.types.IMount[];

                    /**
                     * Creates a new ViewSnapshotResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns ViewSnapshotResponse instance
                     */
                    public static create(properties?: containerd.services.snapshots.v1.IViewSnapshotResponse): containerd.services.snapshots.v1.ViewSnapshotResponse;

                    /**
                     * Encodes the specified ViewSnapshotResponse message. Does not implicitly {@link containerd.services.snapshots.v1.ViewSnapshotResponse.verify|verify} messages.
                     * @param message ViewSnapshotResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.snapshots.v1.IViewSnapshotResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a ViewSnapshotResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns ViewSnapshotResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.snapshots.v1.ViewSnapshotResponse;

                    /**
                     * Gets the default type url for ViewSnapshotResponse
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a MountsRequest. */
                interface IMountsRequest {

                    /** MountsRequest snapshotter */
                    snapshotter?: (string|null);

                    /** MountsRequest key */
                    key?: (string|null);
                }

                /** Represents a MountsRequest. */
                class MountsRequest implements IMountsRequest {

                    /**
                     * Constructs a new MountsRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.snapshots.v1.IMountsRequest);

                    /** MountsRequest snapshotter. */
                    public snapshotter: string;

                    /** MountsRequest key. */
                    public key: string;

                    /**
                     * Creates a new MountsRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns MountsRequest instance
                     */
                    public static create(properties?: containerd.services.snapshots.v1.IMountsRequest): containerd.services.snapshots.v1.MountsRequest;

                    /**
                     * Encodes the specified MountsRequest message. Does not implicitly {@link containerd.services.snapshots.v1.MountsRequest.verify|verify} messages.
                     * @param message MountsRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.snapshots.v1.IMountsRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a MountsRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns MountsRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.snapshots.v1.MountsRequest;

                    /**
                     * Gets the default type url for MountsRequest
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a MountsResponse. */
                interface IMountsResponse {

                    /** MountsResponse mounts */
                    mounts?: (containerd.types.IMount[]|null);
                }

                /** Represents a MountsResponse. */
                class MountsResponse implements IMountsResponse {

                    /**
                     * Constructs a new MountsResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.snapshots.v1.IMountsResponse);

                    /** MountsResponse mounts. */
                    public mounts: containerd.types.IMount[];

                    /**
                     * Creates a new MountsResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns MountsResponse instance
                     */
                    public static create(properties?: containerd.services.snapshots.v1.IMountsResponse): containerd.services.snapshots.v1.MountsResponse;

                    /**
                     * Encodes the specified MountsResponse message. Does not implicitly {@link containerd.services.snapshots.v1.MountsResponse.verify|verify} messages.
                     * @param message MountsResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.snapshots.v1.IMountsResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a MountsResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns MountsResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.snapshots.v1.MountsResponse;

                    /**
                     * Gets the default type url for MountsResponse
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a RemoveSnapshotRequest. */
                interface IRemoveSnapshotRequest {

                    /** RemoveSnapshotRequest snapshotter */
                    snapshotter?: (string|null);

                    /** RemoveSnapshotRequest key */
                    key?: (string|null);
                }

                /** Represents a RemoveSnapshotRequest. */
                class RemoveSnapshotRequest implements IRemoveSnapshotRequest {

                    /**
                     * Constructs a new RemoveSnapshotRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.snapshots.v1.IRemoveSnapshotRequest);

                    /** RemoveSnapshotRequest snapshotter. */
                    public snapshotter: string;

                    /** RemoveSnapshotRequest key. */
                    public key: string;

                    /**
                     * Creates a new RemoveSnapshotRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns RemoveSnapshotRequest instance
                     */
                    public static create(properties?: containerd.services.snapshots.v1.IRemoveSnapshotRequest): containerd.services.snapshots.v1.RemoveSnapshotRequest;

                    /**
                     * Encodes the specified RemoveSnapshotRequest message. Does not implicitly {@link containerd.services.snapshots.v1.RemoveSnapshotRequest.verify|verify} messages.
                     * @param message RemoveSnapshotRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.snapshots.v1.IRemoveSnapshotRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a RemoveSnapshotRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns RemoveSnapshotRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.snapshots.v1.RemoveSnapshotRequest;

                    /**
                     * Gets the default type url for RemoveSnapshotRequest
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a CommitSnapshotRequest. */
                interface ICommitSnapshotRequest {

                    /** CommitSnapshotRequest snapshotter */
                    snapshotter?: (string|null);

                    /** CommitSnapshotRequest name */
                    name?: (string|null);

                    /** CommitSnapshotRequest key */
                    key?: (string|null);

                    /** CommitSnapshotRequest labels */
                    labels?: ({ [k: string]: string }|null);

                    /** CommitSnapshotRequest parent */
                    parent?: (string|null);
                }

                /** Represents a CommitSnapshotRequest. */
                class CommitSnapshotRequest implements ICommitSnapshotRequest {

                    /**
                     * Constructs a new CommitSnapshotRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.snapshots.v1.ICommitSnapshotRequest);

                    /** CommitSnapshotRequest snapshotter. */
                    public snapshotter: string;

                    /** CommitSnapshotRequest name. */
                    public name: string;

                    /** CommitSnapshotRequest key. */
                    public key: string;

                    /** CommitSnapshotRequest labels. */
                    public labels: { [k: string]: string };

                    /** CommitSnapshotRequest parent. */
                    public parent: string;

                    /**
                     * Creates a new CommitSnapshotRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns CommitSnapshotRequest instance
                     */
                    public static create(properties?: containerd.services.snapshots.v1.ICommitSnapshotRequest): containerd.services.snapshots.v1.CommitSnapshotRequest;

                    /**
                     * Encodes the specified CommitSnapshotRequest message. Does not implicitly {@link containerd.services.snapshots.v1.CommitSnapshotRequest.verify|verify} messages.
                     * @param message CommitSnapshotRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.snapshots.v1.ICommitSnapshotRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a CommitSnapshotRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns CommitSnapshotRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.snapshots.v1.CommitSnapshotRequest;

                    /**
                     * Gets the default type url for CommitSnapshotRequest
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a StatSnapshotRequest. */
                interface IStatSnapshotRequest {

                    /** StatSnapshotRequest snapshotter */
                    snapshotter?: (string|null);

                    /** StatSnapshotRequest key */
                    key?: (string|null);
                }

                /** Represents a StatSnapshotRequest. */
                class StatSnapshotRequest implements IStatSnapshotRequest {

                    /**
                     * Constructs a new StatSnapshotRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.snapshots.v1.IStatSnapshotRequest);

                    /** StatSnapshotRequest snapshotter. */
                    public snapshotter: string;

                    /** StatSnapshotRequest key. */
                    public key: string;

                    /**
                     * Creates a new StatSnapshotRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns StatSnapshotRequest instance
                     */
                    public static create(properties?: containerd.services.snapshots.v1.IStatSnapshotRequest): containerd.services.snapshots.v1.StatSnapshotRequest;

                    /**
                     * Encodes the specified StatSnapshotRequest message. Does not implicitly {@link containerd.services.snapshots.v1.StatSnapshotRequest.verify|verify} messages.
                     * @param message StatSnapshotRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.snapshots.v1.IStatSnapshotRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a StatSnapshotRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns StatSnapshotRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.snapshots.v1.StatSnapshotRequest;

                    /**
                     * Gets the default type url for StatSnapshotRequest
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Kind enum. */
                enum Kind {
                    UNKNOWN = 0,
                    VIEW = 1,
                    ACTIVE = 2,
                    COMMITTED = 3
                }

                /** Properties of an Info. */
                interface IInfo {

                    /** Info name */
                    name?: (string|null);

                    /** Info parent */
                    parent?: (string|null);

                    /** Info kind */
                    kind?: (containerd.services.snapshots.v1.Kind|null);

                    /** Info createdAt */
                    createdAt?: (google.protobuf.ITimestamp|null);

                    /** Info updatedAt */
                    updatedAt?: (google.protobuf.ITimestamp|null);

                    /** Info labels */
                    labels?: ({ [k: string]: string }|null);
                }

                /** Represents an Info. */
                class Info implements IInfo {

                    /**
                     * Constructs a new Info.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.snapshots.v1.IInfo);

                    /** Info name. */
                    public name: string;

                    /** Info parent. */
                    public parent: string;

                    /** Info kind. */
                    public kind: containerd.services.snapshots.v1.Kind;

                    /** Info createdAt. */
                    public createdAt?: (google.protobuf.ITimestamp|null);

                    /** Info updatedAt. */
                    public updatedAt?: (google.protobuf.ITimestamp|null);

                    /** Info labels. */
                    public labels: { [k: string]: string };

                    /**
                     * Creates a new Info instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Info instance
                     */
                    public static create(properties?: containerd.services.snapshots.v1.IInfo): containerd.services.snapshots.v1.Info;

                    /**
                     * Encodes the specified Info message. Does not implicitly {@link containerd.services.snapshots.v1.Info.verify|verify} messages.
                     * @param message Info message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.snapshots.v1.IInfo, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes an Info message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns Info
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.snapshots.v1.Info;

                    /**
                     * Gets the default type url for Info
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a StatSnapshotResponse. */
                interface IStatSnapshotResponse {

                    /** StatSnapshotResponse info */
                    info?: (containerd.services.snapshots.v1.IInfo|null);
                }

                /** Represents a StatSnapshotResponse. */
                class StatSnapshotResponse implements IStatSnapshotResponse {

                    /**
                     * Constructs a new StatSnapshotResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.snapshots.v1.IStatSnapshotResponse);

                    /** StatSnapshotResponse info. */
                    public info?: (containerd.services.snapshots.v1.IInfo|null);

                    /**
                     * Creates a new StatSnapshotResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns StatSnapshotResponse instance
                     */
                    public static create(properties?: containerd.services.snapshots.v1.IStatSnapshotResponse): containerd.services.snapshots.v1.StatSnapshotResponse;

                    /**
                     * Encodes the specified StatSnapshotResponse message. Does not implicitly {@link containerd.services.snapshots.v1.StatSnapshotResponse.verify|verify} messages.
                     * @param message StatSnapshotResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.snapshots.v1.IStatSnapshotResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a StatSnapshotResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns StatSnapshotResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.snapshots.v1.StatSnapshotResponse;

                    /**
                     * Gets the default type url for StatSnapshotResponse
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of an UpdateSnapshotRequest. */
                interface IUpdateSnapshotRequest {

                    /** UpdateSnapshotRequest snapshotter */
                    snapshotter?: (string|null);

                    /** UpdateSnapshotRequest info */
                    info?: (containerd.services.snapshots.v1.IInfo|null);

                    /** UpdateSnapshotRequest updateMask */
                    updateMask?: (google.protobuf.IFieldMask|null);
                }

                /** Represents an UpdateSnapshotRequest. */
                class UpdateSnapshotRequest implements IUpdateSnapshotRequest {

                    /**
                     * Constructs a new UpdateSnapshotRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.snapshots.v1.IUpdateSnapshotRequest);

                    /** UpdateSnapshotRequest snapshotter. */
                    public snapshotter: string;

                    /** UpdateSnapshotRequest info. */
                    public info?: (containerd.services.snapshots.v1.IInfo|null);

                    /** UpdateSnapshotRequest updateMask. */
                    public updateMask?: (google.protobuf.IFieldMask|null);

                    /**
                     * Creates a new UpdateSnapshotRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns UpdateSnapshotRequest instance
                     */
                    public static create(properties?: containerd.services.snapshots.v1.IUpdateSnapshotRequest): containerd.services.snapshots.v1.UpdateSnapshotRequest;

                    /**
                     * Encodes the specified UpdateSnapshotRequest message. Does not implicitly {@link containerd.services.snapshots.v1.UpdateSnapshotRequest.verify|verify} messages.
                     * @param message UpdateSnapshotRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.snapshots.v1.IUpdateSnapshotRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes an UpdateSnapshotRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns UpdateSnapshotRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.snapshots.v1.UpdateSnapshotRequest;

                    /**
                     * Gets the default type url for UpdateSnapshotRequest
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of an UpdateSnapshotResponse. */
                interface IUpdateSnapshotResponse {

                    /** UpdateSnapshotResponse info */
                    info?: (containerd.services.snapshots.v1.IInfo|null);
                }

                /** Represents an UpdateSnapshotResponse. */
                class UpdateSnapshotResponse implements IUpdateSnapshotResponse {

                    /**
                     * Constructs a new UpdateSnapshotResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.snapshots.v1.IUpdateSnapshotResponse);

                    /** UpdateSnapshotResponse info. */
                    public info?: (containerd.services.snapshots.v1.IInfo|null);

                    /**
                     * Creates a new UpdateSnapshotResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns UpdateSnapshotResponse instance
                     */
                    public static create(properties?: containerd.services.snapshots.v1.IUpdateSnapshotResponse): containerd.services.snapshots.v1.UpdateSnapshotResponse;

                    /**
                     * Encodes the specified UpdateSnapshotResponse message. Does not implicitly {@link containerd.services.snapshots.v1.UpdateSnapshotResponse.verify|verify} messages.
                     * @param message UpdateSnapshotResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.snapshots.v1.IUpdateSnapshotResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes an UpdateSnapshotResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns UpdateSnapshotResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.snapshots.v1.UpdateSnapshotResponse;

                    /**
                     * Gets the default type url for UpdateSnapshotResponse
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a ListSnapshotsRequest. */
                interface IListSnapshotsRequest {

                    /** ListSnapshotsRequest snapshotter */
                    snapshotter?: (string|null);

                    /** ListSnapshotsRequest filters */
                    filters?: (string[]|null);
                }

                /** Represents a ListSnapshotsRequest. */
                class ListSnapshotsRequest implements IListSnapshotsRequest {

                    /**
                     * Constructs a new ListSnapshotsRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.snapshots.v1.IListSnapshotsRequest);

                    /** ListSnapshotsRequest snapshotter. */
                    public snapshotter: string;

                    /** ListSnapshotsRequest filters. */
                    public filters: string[];

                    /**
                     * Creates a new ListSnapshotsRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns ListSnapshotsRequest instance
                     */
                    public static create(properties?: containerd.services.snapshots.v1.IListSnapshotsRequest): containerd.services.snapshots.v1.ListSnapshotsRequest;

                    /**
                     * Encodes the specified ListSnapshotsRequest message. Does not implicitly {@link containerd.services.snapshots.v1.ListSnapshotsRequest.verify|verify} messages.
                     * @param message ListSnapshotsRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.snapshots.v1.IListSnapshotsRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a ListSnapshotsRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns ListSnapshotsRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.snapshots.v1.ListSnapshotsRequest;

                    /**
                     * Gets the default type url for ListSnapshotsRequest
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a ListSnapshotsResponse. */
                interface IListSnapshotsResponse {

                    /** ListSnapshotsResponse info */
                    info?: (containerd.services.snapshots.v1.IInfo[]|null);
                }

                /** Represents a ListSnapshotsResponse. */
                class ListSnapshotsResponse implements IListSnapshotsResponse {

                    /**
                     * Constructs a new ListSnapshotsResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.snapshots.v1.IListSnapshotsResponse);

                    /** ListSnapshotsResponse info. */
                    public info: containerd.services.snapshots.v1.IInfo[];

                    /**
                     * Creates a new ListSnapshotsResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns ListSnapshotsResponse instance
                     */
                    public static create(properties?: containerd.services.snapshots.v1.IListSnapshotsResponse): containerd.services.snapshots.v1.ListSnapshotsResponse;

                    /**
                     * Encodes the specified ListSnapshotsResponse message. Does not implicitly {@link containerd.services.snapshots.v1.ListSnapshotsResponse.verify|verify} messages.
                     * @param message ListSnapshotsResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.snapshots.v1.IListSnapshotsResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a ListSnapshotsResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns ListSnapshotsResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.snapshots.v1.ListSnapshotsResponse;

                    /**
                     * Gets the default type url for ListSnapshotsResponse
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a UsageRequest. */
                interface IUsageRequest {

                    /** UsageRequest snapshotter */
                    snapshotter?: (string|null);

                    /** UsageRequest key */
                    key?: (string|null);
                }

                /** Represents a UsageRequest. */
                class UsageRequest implements IUsageRequest {

                    /**
                     * Constructs a new UsageRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.snapshots.v1.IUsageRequest);

                    /** UsageRequest snapshotter. */
                    public snapshotter: string;

                    /** UsageRequest key. */
                    public key: string;

                    /**
                     * Creates a new UsageRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns UsageRequest instance
                     */
                    public static create(properties?: containerd.services.snapshots.v1.IUsageRequest): containerd.services.snapshots.v1.UsageRequest;

                    /**
                     * Encodes the specified UsageRequest message. Does not implicitly {@link containerd.services.snapshots.v1.UsageRequest.verify|verify} messages.
                     * @param message UsageRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.snapshots.v1.IUsageRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a UsageRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns UsageRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.snapshots.v1.UsageRequest;

                    /**
                     * Gets the default type url for UsageRequest
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a UsageResponse. */
                interface IUsageResponse {

                    /** UsageResponse size */
                    size?: (number|null);

                    /** UsageResponse inodes */
                    inodes?: (number|null);
                }

                /** Represents a UsageResponse. */
                class UsageResponse implements IUsageResponse {

                    /**
                     * Constructs a new UsageResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.snapshots.v1.IUsageResponse);

                    /** UsageResponse size. */
                    public size: number;

                    /** UsageResponse inodes. */
                    public inodes: number;

                    /**
                     * Creates a new UsageResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns UsageResponse instance
                     */
                    public static create(properties?: containerd.services.snapshots.v1.IUsageResponse): containerd.services.snapshots.v1.UsageResponse;

                    /**
                     * Encodes the specified UsageResponse message. Does not implicitly {@link containerd.services.snapshots.v1.UsageResponse.verify|verify} messages.
                     * @param message UsageResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.snapshots.v1.IUsageResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a UsageResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns UsageResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.snapshots.v1.UsageResponse;

                    /**
                     * Gets the default type url for UsageResponse
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a CleanupRequest. */
                interface ICleanupRequest {

                    /** CleanupRequest snapshotter */
                    snapshotter?: (string|null);
                }

                /** Represents a CleanupRequest. */
                class CleanupRequest implements ICleanupRequest {

                    /**
                     * Constructs a new CleanupRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.snapshots.v1.ICleanupRequest);

                    /** CleanupRequest snapshotter. */
                    public snapshotter: string;

                    /**
                     * Creates a new CleanupRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns CleanupRequest instance
                     */
                    public static create(properties?: containerd.services.snapshots.v1.ICleanupRequest): containerd.services.snapshots.v1.CleanupRequest;

                    /**
                     * Encodes the specified CleanupRequest message. Does not implicitly {@link containerd.services.snapshots.v1.CleanupRequest.verify|verify} messages.
                     * @param message CleanupRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.snapshots.v1.ICleanupRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a CleanupRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns CleanupRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.snapshots.v1.CleanupRequest;

                    /**
                     * Gets the default type url for CleanupRequest
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }
            }
        }

        /** Namespace tasks. */
        namespace tasks {

            /** Namespace v1. */
            namespace v1 {

                /** Represents a Tasks */
                class Tasks extends $protobuf.rpc.Service {

                    /**
                     * Constructs a new Tasks service.
                     * @param rpcImpl RPC implementation
                     * @param [requestDelimited=false] Whether requests are length-delimited
                     * @param [responseDelimited=false] Whether responses are length-delimited
                     */
                    constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

                    /**
                     * Creates new Tasks service using the specified rpc implementation.
                     * @param rpcImpl RPC implementation
                     * @param [requestDelimited=false] Whether requests are length-delimited
                     * @param [responseDelimited=false] Whether responses are length-delimited
                     * @returns RPC service. Useful where requests and/or responses are streamed.
                     */
                    public static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Tasks;

                    /**
                     * Calls Create.
                     * @param request CreateTaskRequest message or plain object
                     * @param callback Node-style callback called with the error, if any, and CreateTaskResponse
                     */
                    public create(request: containerd.services.tasks.v1.ICreateTaskRequest, callback: containerd.services.tasks.v1.Tasks.CreateCallback): void;

                    /**
                     * Calls Create.
                     * @param request CreateTaskRequest message or plain object
                     * @returns Promise
                     */
                    public create(request: containerd.services.tasks.v1.ICreateTaskRequest): Promise<containerd.services.tasks.v1.CreateTaskResponse>;

                    /**
                     * Calls Start.
                     * @param request StartRequest message or plain object
                     * @param callback Node-style callback called with the error, if any, and StartResponse
                     */
                    public start(request: containerd.services.tasks.v1.IStartRequest, callback: containerd.services.tasks.v1.Tasks.StartCallback): void;

                    /**
                     * Calls Start.
                     * @param request StartRequest message or plain object
                     * @returns Promise
                     */
                    public start(request: containerd.services.tasks.v1.IStartRequest): Promise<containerd.services.tasks.v1.StartResponse>;

                    /**
                     * Calls Delete.
                     * @param request DeleteTaskRequest message or plain object
                     * @param callback Node-style callback called with the error, if any, and DeleteResponse
                     */
                    public delete(request: containerd.services.tasks.v1.IDeleteTaskRequest, callback: containerd.services.tasks.v1.Tasks.DeleteCallback): void;

                    /**
                     * Calls Delete.
                     * @param request DeleteTaskRequest message or plain object
                     * @returns Promise
                     */
                    public delete(request: containerd.services.tasks.v1.IDeleteTaskRequest): Promise<containerd.services.tasks.v1.DeleteResponse>;

                    /**
                     * Calls DeleteProcess.
                     * @param request DeleteProcessRequest message or plain object
                     * @param callback Node-style callback called with the error, if any, and DeleteResponse
                     */
                    public deleteProcess(request: containerd.services.tasks.v1.IDeleteProcessRequest, callback: containerd.services.tasks.v1.Tasks.DeleteProcessCallback): void;

                    /**
                     * Calls DeleteProcess.
                     * @param request DeleteProcessRequest message or plain object
                     * @returns Promise
                     */
                    public deleteProcess(request: containerd.services.tasks.v1.IDeleteProcessRequest): Promise<containerd.services.tasks.v1.DeleteResponse>;

                    /**
                     * Calls Get.
                     * @param request GetRequest message or plain object
                     * @param callback Node-style callback called with the error, if any, and GetResponse
                     */
                    public get(request: containerd.services.tasks.v1.IGetRequest, callback: containerd.services.tasks.v1.Tasks.GetCallback): void;

                    /**
                     * Calls Get.
                     * @param request GetRequest message or plain object
                     * @returns Promise
                     */
                    public get(request: containerd.services.tasks.v1.IGetRequest): Promise<containerd.services.tasks.v1.GetResponse>;

                    /**
                     * Calls List.
                     * @param request ListTasksRequest message or plain object
                     * @param callback Node-style callback called with the error, if any, and ListTasksResponse
                     */
                    public list(request: containerd.services.tasks.v1.IListTasksRequest, callback: containerd.services.tasks.v1.Tasks.ListCallback): void;

                    /**
                     * Calls List.
                     * @param request ListTasksRequest message or plain object
                     * @returns Promise
                     */
                    public list(request: containerd.services.tasks.v1.IListTasksRequest): Promise<containerd.services.tasks.v1.ListTasksResponse>;

                    /**
                     * Calls Kill.
                     * @param request KillRequest message or plain object
                     * @param callback Node-style callback called with the error, if any, and Empty
                     */
                    public kill(request: containerd.services.tasks.v1.IKillRequest, callback: containerd.services.tasks.v1.Tasks.KillCallback): void;

                    /**
                     * Calls Kill.
                     * @param request KillRequest message or plain object
                     * @returns Promise
                     */
                    public kill(request: containerd.services.tasks.v1.IKillRequest): Promise<google.protobuf.Empty>;

                    /**
                     * Calls Exec.
                     * @param request ExecProcessRequest message or plain object
                     * @param callback Node-style callback called with the error, if any, and Empty
                     */
                    public exec(request: containerd.services.tasks.v1.IExecProcessRequest, callback: containerd.services.tasks.v1.Tasks.ExecCallback): void;

                    /**
                     * Calls Exec.
                     * @param request ExecProcessRequest message or plain object
                     * @returns Promise
                     */
                    public exec(request: containerd.services.tasks.v1.IExecProcessRequest): Promise<google.protobuf.Empty>;

                    /**
                     * Calls ResizePty.
                     * @param request ResizePtyRequest message or plain object
                     * @param callback Node-style callback called with the error, if any, and Empty
                     */
                    public resizePty(request: containerd.services.tasks.v1.IResizePtyRequest, callback: containerd.services.tasks.v1.Tasks.ResizePtyCallback): void;

                    /**
                     * Calls ResizePty.
                     * @param request ResizePtyRequest message or plain object
                     * @returns Promise
                     */
                    public resizePty(request: containerd.services.tasks.v1.IResizePtyRequest): Promise<google.protobuf.Empty>;

                    /**
                     * Calls CloseIO.
                     * @param request CloseIORequest message or plain object
                     * @param callback Node-style callback called with the error, if any, and Empty
                     */
                    public closeIO(request: containerd.services.tasks.v1.ICloseIORequest, callback: containerd.services.tasks.v1.Tasks.CloseIOCallback): void;

                    /**
                     * Calls CloseIO.
                     * @param request CloseIORequest message or plain object
                     * @returns Promise
                     */
                    public closeIO(request: containerd.services.tasks.v1.ICloseIORequest): Promise<google.protobuf.Empty>;

                    /**
                     * Calls Pause.
                     * @param request PauseTaskRequest message or plain object
                     * @param callback Node-style callback called with the error, if any, and Empty
                     */
                    public pause(request: containerd.services.tasks.v1.IPauseTaskRequest, callback: containerd.services.tasks.v1.Tasks.PauseCallback): void;

                    /**
                     * Calls Pause.
                     * @param request PauseTaskRequest message or plain object
                     * @returns Promise
                     */
                    public pause(request: containerd.services.tasks.v1.IPauseTaskRequest): Promise<google.protobuf.Empty>;

                    /**
                     * Calls Resume.
                     * @param request ResumeTaskRequest message or plain object
                     * @param callback Node-style callback called with the error, if any, and Empty
                     */
                    public resume(request: containerd.services.tasks.v1.IResumeTaskRequest, callback: containerd.services.tasks.v1.Tasks.ResumeCallback): void;

                    /**
                     * Calls Resume.
                     * @param request ResumeTaskRequest message or plain object
                     * @returns Promise
                     */
                    public resume(request: containerd.services.tasks.v1.IResumeTaskRequest): Promise<google.protobuf.Empty>;

                    /**
                     * Calls ListPids.
                     * @param request ListPidsRequest message or plain object
                     * @param callback Node-style callback called with the error, if any, and ListPidsResponse
                     */
                    public listPids(request: containerd.services.tasks.v1.IListPidsRequest, callback: containerd.services.tasks.v1.Tasks.ListPidsCallback): void;

                    /**
                     * Calls ListPids.
                     * @param request ListPidsRequest message or plain object
                     * @returns Promise
                     */
                    public listPids(request: containerd.services.tasks.v1.IListPidsRequest): Promise<containerd.services.tasks.v1.ListPidsResponse>;

                    /**
                     * Calls Metrics.
                     * @param request MetricsRequest message or plain object
                     * @param callback Node-style callback called with the error, if any, and MetricsResponse
                     */
                    public metrics(request: containerd.services.tasks.v1.IMetricsRequest, callback: containerd.services.tasks.v1.Tasks.MetricsCallback): void;

                    /**
                     * Calls Metrics.
                     * @param request MetricsRequest message or plain object
                     * @returns Promise
                     */
                    public metrics(request: containerd.services.tasks.v1.IMetricsRequest): Promise<containerd.services.tasks.v1.MetricsResponse>;

                    /**
                     * Calls Wait.
                     * @param request WaitRequest message or plain object
                     * @param callback Node-style callback called with the error, if any, and WaitResponse
                     */
                    public wait(request: containerd.services.tasks.v1.IWaitRequest, callback: containerd.services.tasks.v1.Tasks.WaitCallback): void;

                    /**
                     * Calls Wait.
                     * @param request WaitRequest message or plain object
                     * @returns Promise
                     */
                    public wait(request: containerd.services.tasks.v1.IWaitRequest): Promise<containerd.services.tasks.v1.WaitResponse>;

                    /**
                     * Calls Update.
                     * @param request UpdateTaskRequest message or plain object
                     * @param callback Node-style callback called with the error, if any, and Empty
                     */
                    public update(request: containerd.services.tasks.v1.IUpdateTaskRequest, callback: containerd.services.tasks.v1.Tasks.UpdateCallback): void;

                    /**
                     * Calls Update.
                     * @param request UpdateTaskRequest message or plain object
                     * @returns Promise
                     */
                    public update(request: containerd.services.tasks.v1.IUpdateTaskRequest): Promise<google.protobuf.Empty>;
                }

                namespace Tasks {

                    /**
                     * Callback as used by {@link containerd.services.tasks.v1.Tasks#create}.
                     * @param error Error, if any
                     * @param [response] CreateTaskResponse
                     */
                    type CreateCallback = (error: (Error|null), response?: containerd.services.tasks.v1.CreateTaskResponse) => void;

                    /**
                     * Callback as used by {@link containerd.services.tasks.v1.Tasks#start}.
                     * @param error Error, if any
                     * @param [response] StartResponse
                     */
                    type StartCallback = (error: (Error|null), response?: containerd.services.tasks.v1.StartResponse) => void;

                    /**
                     * Callback as used by {@link containerd.services.tasks.v1.Tasks#delete_}.
                     * @param error Error, if any
                     * @param [response] DeleteResponse
                     */
                    type DeleteCallback = (error: (Error|null), response?: containerd.services.tasks.v1.DeleteResponse) => void;

                    /**
                     * Callback as used by {@link containerd.services.tasks.v1.Tasks#deleteProcess}.
                     * @param error Error, if any
                     * @param [response] DeleteResponse
                     */
                    type DeleteProcessCallback = (error: (Error|null), response?: containerd.services.tasks.v1.DeleteResponse) => void;

                    /**
                     * Callback as used by {@link containerd.services.tasks.v1.Tasks#get}.
                     * @param error Error, if any
                     * @param [response] GetResponse
                     */
                    type GetCallback = (error: (Error|null), response?: containerd.services.tasks.v1.GetResponse) => void;

                    /**
                     * Callback as used by {@link containerd.services.tasks.v1.Tasks#list}.
                     * @param error Error, if any
                     * @param [response] ListTasksResponse
                     */
                    type ListCallback = (error: (Error|null), response?: containerd.services.tasks.v1.ListTasksResponse) => void;

                    /**
                     * Callback as used by {@link containerd.services.tasks.v1.Tasks#kill}.
                     * @param error Error, if any
                     * @param [response] Empty
                     */
                    type KillCallback = (error: (Error|null), response?: google.protobuf.Empty) => void;

                    /**
                     * Callback as used by {@link containerd.services.tasks.v1.Tasks#exec}.
                     * @param error Error, if any
                     * @param [response] Empty
                     */
                    type ExecCallback = (error: (Error|null), response?: google.protobuf.Empty) => void;

                    /**
                     * Callback as used by {@link containerd.services.tasks.v1.Tasks#resizePty}.
                     * @param error Error, if any
                     * @param [response] Empty
                     */
                    type ResizePtyCallback = (error: (Error|null), response?: google.protobuf.Empty) => void;

                    /**
                     * Callback as used by {@link containerd.services.tasks.v1.Tasks#closeIO}.
                     * @param error Error, if any
                     * @param [response] Empty
                     */
                    type CloseIOCallback = (error: (Error|null), response?: google.protobuf.Empty) => void;

                    /**
                     * Callback as used by {@link containerd.services.tasks.v1.Tasks#pause}.
                     * @param error Error, if any
                     * @param [response] Empty
                     */
                    type PauseCallback = (error: (Error|null), response?: google.protobuf.Empty) => void;

                    /**
                     * Callback as used by {@link containerd.services.tasks.v1.Tasks#resume}.
                     * @param error Error, if any
                     * @param [response] Empty
                     */
                    type ResumeCallback = (error: (Error|null), response?: google.protobuf.Empty) => void;

                    /**
                     * Callback as used by {@link containerd.services.tasks.v1.Tasks#listPids}.
                     * @param error Error, if any
                     * @param [response] ListPidsResponse
                     */
                    type ListPidsCallback = (error: (Error|null), response?: containerd.services.tasks.v1.ListPidsResponse) => void;

                    /**
                     * Callback as used by {@link containerd.services.tasks.v1.Tasks#metrics}.
                     * @param error Error, if any
                     * @param [response] MetricsResponse
                     */
                    type MetricsCallback = (error: (Error|null), response?: containerd.services.tasks.v1.MetricsResponse) => void;

                    /**
                     * Callback as used by {@link containerd.services.tasks.v1.Tasks#wait}.
                     * @param error Error, if any
                     * @param [response] WaitResponse
                     */
                    type WaitCallback = (error: (Error|null), response?: containerd.services.tasks.v1.WaitResponse) => void;

                    /**
                     * Callback as used by {@link containerd.services.tasks.v1.Tasks#update}.
                     * @param error Error, if any
                     * @param [response] Empty
                     */
                    type UpdateCallback = (error: (Error|null), response?: google.protobuf.Empty) => void;
                }

                /** Properties of a CreateTaskRequest. */
                interface ICreateTaskRequest {

                    /** CreateTaskRequest containerId */
                    containerId?: (string|null);

                    /** CreateTaskRequest rootfs */
                    rootfs?: (containerd.types.IMount[]|null);

                    /** CreateTaskRequest stdin */
                    stdin?: (string|null);

                    /** CreateTaskRequest stdout */
                    stdout?: (string|null);

                    /** CreateTaskRequest stderr */
                    stderr?: (string|null);

                    /** CreateTaskRequest terminal */
                    terminal?: (boolean|null);

                    /** CreateTaskRequest options */
                    options?: (google.protobuf.IAny|null);
                }

                /** Represents a CreateTaskRequest. */
                class CreateTaskRequest implements ICreateTaskRequest {

                    /**
                     * Constructs a new CreateTaskRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.tasks.v1.ICreateTaskRequest);

                    /** CreateTaskRequest containerId. */
                    public containerId: string;

                    /** CreateTaskRequest rootfs. */
                    public rootfs: containerd.types.IMount[];

                    /** CreateTaskRequest stdin. */
                    public stdin: string;

                    /** CreateTaskRequest stdout. */
                    public stdout: string;

                    /** CreateTaskRequest stderr. */
                    public stderr: string;

                    /** CreateTaskRequest terminal. */
                    public terminal: boolean;

                    /** CreateTaskRequest options. */
                    public options?: (google.protobuf.IAny|null);

                    /**
                     * Creates a new CreateTaskRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns CreateTaskRequest instance
                     */
                    public static create(properties?: containerd.services.tasks.v1.ICreateTaskRequest): containerd.services.tasks.v1.CreateTaskRequest;

                    /**
                     * Encodes the specified CreateTaskRequest message. Does not implicitly {@link containerd.services.tasks.v1.CreateTaskRequest.verify|verify} messages.
                     * @param message CreateTaskRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.tasks.v1.ICreateTaskRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a CreateTaskRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns CreateTaskRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.tasks.v1.CreateTaskRequest;

                    /**
                     * Gets the default type url for CreateTaskRequest
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a CreateTaskResponse. */
                interface ICreateTaskResponse {

                    /** CreateTaskResponse containerId */
                    containerId?: (string|null);

                    /** CreateTaskResponse pid */
                    pid?: (number|null);
                }

                /** Represents a CreateTaskResponse. */
                class CreateTaskResponse implements ICreateTaskResponse {

                    /**
                     * Constructs a new CreateTaskResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.tasks.v1.ICreateTaskResponse);

                    /** CreateTaskResponse containerId. */
                    public containerId: string;

                    /** CreateTaskResponse pid. */
                    public pid: number;

                    /**
                     * Creates a new CreateTaskResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns CreateTaskResponse instance
                     */
                    public static create(properties?: containerd.services.tasks.v1.ICreateTaskResponse): containerd.services.tasks.v1.CreateTaskResponse;

                    /**
                     * Encodes the specified CreateTaskResponse message. Does not implicitly {@link containerd.services.tasks.v1.CreateTaskResponse.verify|verify} messages.
                     * @param message CreateTaskResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.tasks.v1.ICreateTaskResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a CreateTaskResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns CreateTaskResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.tasks.v1.CreateTaskResponse;

                    /**
                     * Gets the default type url for CreateTaskResponse
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
                    constructor(properties?: containerd.services.tasks.v1.IStartRequest);

                    /** StartRequest containerId. */
                    public containerId: string;

                    /** StartRequest execId. */
                    public execId: string;

                    /**
                     * Creates a new StartRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns StartRequest instance
                     */
                    public static create(properties?: containerd.services.tasks.v1.IStartRequest): containerd.services.tasks.v1.StartRequest;

                    /**
                     * Encodes the specified StartRequest message. Does not implicitly {@link containerd.services.tasks.v1.StartRequest.verify|verify} messages.
                     * @param message StartRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.tasks.v1.IStartRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a StartRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns StartRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.tasks.v1.StartRequest;

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
                    constructor(properties?: containerd.services.tasks.v1.IStartResponse);

                    /** StartResponse pid. */
                    public pid: number;

                    /**
                     * Creates a new StartResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns StartResponse instance
                     */
                    public static create(properties?: containerd.services.tasks.v1.IStartResponse): containerd.services.tasks.v1.StartResponse;

                    /**
                     * Encodes the specified StartResponse message. Does not implicitly {@link containerd.services.tasks.v1.StartResponse.verify|verify} messages.
                     * @param message StartResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.tasks.v1.IStartResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a StartResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns StartResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.tasks.v1.StartResponse;

                    /**
                     * Gets the default type url for StartResponse
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a DeleteTaskRequest. */
                interface IDeleteTaskRequest {

                    /** DeleteTaskRequest containerId */
                    containerId?: (string|null);
                }

                /** Represents a DeleteTaskRequest. */
                class DeleteTaskRequest implements IDeleteTaskRequest {

                    /**
                     * Constructs a new DeleteTaskRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.tasks.v1.IDeleteTaskRequest);

                    /** DeleteTaskRequest containerId. */
                    public containerId: string;

                    /**
                     * Creates a new DeleteTaskRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns DeleteTaskRequest instance
                     */
                    public static create(properties?: containerd.services.tasks.v1.IDeleteTaskRequest): containerd.services.tasks.v1.DeleteTaskRequest;

                    /**
                     * Encodes the specified DeleteTaskRequest message. Does not implicitly {@link containerd.services.tasks.v1.DeleteTaskRequest.verify|verify} messages.
                     * @param message DeleteTaskRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.tasks.v1.IDeleteTaskRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a DeleteTaskRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns DeleteTaskRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.tasks.v1.DeleteTaskRequest;

                    /**
                     * Gets the default type url for DeleteTaskRequest
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a DeleteResponse. */
                interface IDeleteResponse {

                    /** DeleteResponse id */
                    id?: (string|null);

                    /** DeleteResponse pid */
                    pid?: (number|null);

                    /** DeleteResponse exitStatus */
                    exitStatus?: (number|null);

                    /** DeleteResponse exitedAt */
                    exitedAt?: (google.protobuf.ITimestamp|null);
                }

                /** Represents a DeleteResponse. */
                class DeleteResponse implements IDeleteResponse {

                    /**
                     * Constructs a new DeleteResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.tasks.v1.IDeleteResponse);

                    /** DeleteResponse id. */
                    public id: string;

                    /** DeleteResponse pid. */
                    public pid: number;

                    /** DeleteResponse exitStatus. */
                    public exitStatus: number;

                    /** DeleteResponse exitedAt. */
                    public exitedAt?: (google.protobuf.ITimestamp|null);

                    /**
                     * Creates a new DeleteResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns DeleteResponse instance
                     */
                    public static create(properties?: containerd.services.tasks.v1.IDeleteResponse): containerd.services.tasks.v1.DeleteResponse;

                    /**
                     * Encodes the specified DeleteResponse message. Does not implicitly {@link containerd.services.tasks.v1.DeleteResponse.verify|verify} messages.
                     * @param message DeleteResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.tasks.v1.IDeleteResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a DeleteResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns DeleteResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.tasks.v1.DeleteResponse;

                    /**
                     * Gets the default type url for DeleteResponse
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a DeleteProcessRequest. */
                interface IDeleteProcessRequest {

                    /** DeleteProcessRequest containerId */
                    containerId?: (string|null);

                    /** DeleteProcessRequest execId */
                    execId?: (string|null);
                }

                /** Represents a DeleteProcessRequest. */
                class DeleteProcessRequest implements IDeleteProcessRequest {

                    /**
                     * Constructs a new DeleteProcessRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.tasks.v1.IDeleteProcessRequest);

                    /** DeleteProcessRequest containerId. */
                    public containerId: string;

                    /** DeleteProcessRequest execId. */
                    public execId: string;

                    /**
                     * Creates a new DeleteProcessRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns DeleteProcessRequest instance
                     */
                    public static create(properties?: containerd.services.tasks.v1.IDeleteProcessRequest): containerd.services.tasks.v1.DeleteProcessRequest;

                    /**
                     * Encodes the specified DeleteProcessRequest message. Does not implicitly {@link containerd.services.tasks.v1.DeleteProcessRequest.verify|verify} messages.
                     * @param message DeleteProcessRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.tasks.v1.IDeleteProcessRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a DeleteProcessRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns DeleteProcessRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.tasks.v1.DeleteProcessRequest;

                    /**
                     * Gets the default type url for DeleteProcessRequest
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a GetRequest. */
                interface IGetRequest {

                    /** GetRequest containerId */
                    containerId?: (string|null);

                    /** GetRequest execId */
                    execId?: (string|null);
                }

                /** Represents a GetRequest. */
                class GetRequest implements IGetRequest {

                    /**
                     * Constructs a new GetRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.tasks.v1.IGetRequest);

                    /** GetRequest containerId. */
                    public containerId: string;

                    /** GetRequest execId. */
                    public execId: string;

                    /**
                     * Creates a new GetRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns GetRequest instance
                     */
                    public static create(properties?: containerd.services.tasks.v1.IGetRequest): containerd.services.tasks.v1.GetRequest;

                    /**
                     * Encodes the specified GetRequest message. Does not implicitly {@link containerd.services.tasks.v1.GetRequest.verify|verify} messages.
                     * @param message GetRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.tasks.v1.IGetRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a GetRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns GetRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.tasks.v1.GetRequest;

                    /**
                     * Gets the default type url for GetRequest
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a GetResponse. */
                interface IGetResponse {

                    /** GetResponse process */
                    process?: (containerd.v1.types.IProcess|null);
                }

                /** Represents a GetResponse. */
                class GetResponse implements IGetResponse {

                    /**
                     * Constructs a new GetResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.tasks.v1.IGetResponse);

                    /** GetResponse process. */
                    public process?: (containerd.v1.types.IProcess|null);

                    /**
                     * Creates a new GetResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns GetResponse instance
                     */
                    public static create(properties?: containerd.services.tasks.v1.IGetResponse): containerd.services.tasks.v1.GetResponse;

                    /**
                     * Encodes the specified GetResponse message. Does not implicitly {@link containerd.services.tasks.v1.GetResponse.verify|verify} messages.
                     * @param message GetResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.tasks.v1.IGetResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a GetResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns GetResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.tasks.v1.GetResponse;

                    /**
                     * Gets the default type url for GetResponse
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a ListTasksRequest. */
                interface IListTasksRequest {

                    /** ListTasksRequest filter */
                    filter?: (string|null);
                }

                /** Represents a ListTasksRequest. */
                class ListTasksRequest implements IListTasksRequest {

                    /**
                     * Constructs a new ListTasksRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.tasks.v1.IListTasksRequest);

                    /** ListTasksRequest filter. */
                    public filter: string;

                    /**
                     * Creates a new ListTasksRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns ListTasksRequest instance
                     */
                    public static create(properties?: containerd.services.tasks.v1.IListTasksRequest): containerd.services.tasks.v1.ListTasksRequest;

                    /**
                     * Encodes the specified ListTasksRequest message. Does not implicitly {@link containerd.services.tasks.v1.ListTasksRequest.verify|verify} messages.
                     * @param message ListTasksRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.tasks.v1.IListTasksRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a ListTasksRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns ListTasksRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.tasks.v1.ListTasksRequest;

                    /**
                     * Gets the default type url for ListTasksRequest
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a ListTasksResponse. */
                interface IListTasksResponse {

                    /** ListTasksResponse tasks */
                    tasks?: (containerd.v1.types.IProcess[]|null);
                }

                /** Represents a ListTasksResponse. */
                class ListTasksResponse implements IListTasksResponse {

                    /**
                     * Constructs a new ListTasksResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.tasks.v1.IListTasksResponse);

                    /** ListTasksResponse tasks. */
                    public tasks: containerd.v1.types.IProcess[];

                    /**
                     * Creates a new ListTasksResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns ListTasksResponse instance
                     */
                    public static create(properties?: containerd.services.tasks.v1.IListTasksResponse): containerd.services.tasks.v1.ListTasksResponse;

                    /**
                     * Encodes the specified ListTasksResponse message. Does not implicitly {@link containerd.services.tasks.v1.ListTasksResponse.verify|verify} messages.
                     * @param message ListTasksResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.tasks.v1.IListTasksResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a ListTasksResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns ListTasksResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.tasks.v1.ListTasksResponse;

                    /**
                     * Gets the default type url for ListTasksResponse
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
                    constructor(properties?: containerd.services.tasks.v1.IKillRequest);

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
                    public static create(properties?: containerd.services.tasks.v1.IKillRequest): containerd.services.tasks.v1.KillRequest;

                    /**
                     * Encodes the specified KillRequest message. Does not implicitly {@link containerd.services.tasks.v1.KillRequest.verify|verify} messages.
                     * @param message KillRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.tasks.v1.IKillRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a KillRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns KillRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.tasks.v1.KillRequest;

                    /**
                     * Gets the default type url for KillRequest
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of an ExecProcessRequest. */
                interface IExecProcessRequest {

                    /** ExecProcessRequest containerId */
                    containerId?: (string|null);

                    /** ExecProcessRequest stdin */
                    stdin?: (string|null);

                    /** ExecProcessRequest stdout */
                    stdout?: (string|null);

                    /** ExecProcessRequest stderr */
                    stderr?: (string|null);

                    /** ExecProcessRequest terminal */
                    terminal?: (boolean|null);

                    /** ExecProcessRequest spec */
                    spec?: (google.protobuf.IAny|null);

                    /** ExecProcessRequest execId */
                    execId?: (string|null);
                }

                /** Represents an ExecProcessRequest. */
                class ExecProcessRequest implements IExecProcessRequest {

                    /**
                     * Constructs a new ExecProcessRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.tasks.v1.IExecProcessRequest);

                    /** ExecProcessRequest containerId. */
                    public containerId: string;

                    /** ExecProcessRequest stdin. */
                    public stdin: string;

                    /** ExecProcessRequest stdout. */
                    public stdout: string;

                    /** ExecProcessRequest stderr. */
                    public stderr: string;

                    /** ExecProcessRequest terminal. */
                    public terminal: boolean;

                    /** ExecProcessRequest spec. */
                    public spec?: (google.protobuf.IAny|null);

                    /** ExecProcessRequest execId. */
                    public execId: string;

                    /**
                     * Creates a new ExecProcessRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns ExecProcessRequest instance
                     */
                    public static create(properties?: containerd.services.tasks.v1.IExecProcessRequest): containerd.services.tasks.v1.ExecProcessRequest;

                    /**
                     * Encodes the specified ExecProcessRequest message. Does not implicitly {@link containerd.services.tasks.v1.ExecProcessRequest.verify|verify} messages.
                     * @param message ExecProcessRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.tasks.v1.IExecProcessRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes an ExecProcessRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns ExecProcessRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.tasks.v1.ExecProcessRequest;

                    /**
                     * Gets the default type url for ExecProcessRequest
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
                    constructor(properties?: containerd.services.tasks.v1.IResizePtyRequest);

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
                    public static create(properties?: containerd.services.tasks.v1.IResizePtyRequest): containerd.services.tasks.v1.ResizePtyRequest;

                    /**
                     * Encodes the specified ResizePtyRequest message. Does not implicitly {@link containerd.services.tasks.v1.ResizePtyRequest.verify|verify} messages.
                     * @param message ResizePtyRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.tasks.v1.IResizePtyRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a ResizePtyRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns ResizePtyRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.tasks.v1.ResizePtyRequest;

                    /**
                     * Gets the default type url for ResizePtyRequest
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a CloseIORequest. */
                interface ICloseIORequest {

                    /** CloseIORequest containerId */
                    containerId?: (string|null);

                    /** CloseIORequest execId */
                    execId?: (string|null);

                    /** CloseIORequest stdin */
                    stdin?: (boolean|null);
                }

                /** Represents a CloseIORequest. */
                class CloseIORequest implements ICloseIORequest {

                    /**
                     * Constructs a new CloseIORequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.tasks.v1.ICloseIORequest);

                    /** CloseIORequest containerId. */
                    public containerId: string;

                    /** CloseIORequest execId. */
                    public execId: string;

                    /** CloseIORequest stdin. */
                    public stdin: boolean;

                    /**
                     * Creates a new CloseIORequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns CloseIORequest instance
                     */
                    public static create(properties?: containerd.services.tasks.v1.ICloseIORequest): containerd.services.tasks.v1.CloseIORequest;

                    /**
                     * Encodes the specified CloseIORequest message. Does not implicitly {@link containerd.services.tasks.v1.CloseIORequest.verify|verify} messages.
                     * @param message CloseIORequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.tasks.v1.ICloseIORequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a CloseIORequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns CloseIORequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.tasks.v1.CloseIORequest;

                    /**
                     * Gets the default type url for CloseIORequest
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a PauseTaskRequest. */
                interface IPauseTaskRequest {

                    /** PauseTaskRequest containerId */
                    containerId?: (string|null);
                }

                /** Represents a PauseTaskRequest. */
                class PauseTaskRequest implements IPauseTaskRequest {

                    /**
                     * Constructs a new PauseTaskRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.tasks.v1.IPauseTaskRequest);

                    /** PauseTaskRequest containerId. */
                    public containerId: string;

                    /**
                     * Creates a new PauseTaskRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns PauseTaskRequest instance
                     */
                    public static create(properties?: containerd.services.tasks.v1.IPauseTaskRequest): containerd.services.tasks.v1.PauseTaskRequest;

                    /**
                     * Encodes the specified PauseTaskRequest message. Does not implicitly {@link containerd.services.tasks.v1.PauseTaskRequest.verify|verify} messages.
                     * @param message PauseTaskRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.tasks.v1.IPauseTaskRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a PauseTaskRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns PauseTaskRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.tasks.v1.PauseTaskRequest;

                    /**
                     * Gets the default type url for PauseTaskRequest
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a ResumeTaskRequest. */
                interface IResumeTaskRequest {

                    /** ResumeTaskRequest containerId */
                    containerId?: (string|null);
                }

                /** Represents a ResumeTaskRequest. */
                class ResumeTaskRequest implements IResumeTaskRequest {

                    /**
                     * Constructs a new ResumeTaskRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.tasks.v1.IResumeTaskRequest);

                    /** ResumeTaskRequest containerId. */
                    public containerId: string;

                    /**
                     * Creates a new ResumeTaskRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns ResumeTaskRequest instance
                     */
                    public static create(properties?: containerd.services.tasks.v1.IResumeTaskRequest): containerd.services.tasks.v1.ResumeTaskRequest;

                    /**
                     * Encodes the specified ResumeTaskRequest message. Does not implicitly {@link containerd.services.tasks.v1.ResumeTaskRequest.verify|verify} messages.
                     * @param message ResumeTaskRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.tasks.v1.IResumeTaskRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a ResumeTaskRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns ResumeTaskRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.tasks.v1.ResumeTaskRequest;

                    /**
                     * Gets the default type url for ResumeTaskRequest
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of an UpdateTaskRequest. */
                interface IUpdateTaskRequest {

                    /** UpdateTaskRequest containerId */
                    containerId?: (string|null);

                    /** UpdateTaskRequest resources */
                    resources?: (google.protobuf.IAny|null);

                    /** UpdateTaskRequest annotations */
                    annotations?: ({ [k: string]: string }|null);
                }

                /** Represents an UpdateTaskRequest. */
                class UpdateTaskRequest implements IUpdateTaskRequest {

                    /**
                     * Constructs a new UpdateTaskRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.tasks.v1.IUpdateTaskRequest);

                    /** UpdateTaskRequest containerId. */
                    public containerId: string;

                    /** UpdateTaskRequest resources. */
                    public resources?: (google.protobuf.IAny|null);

                    /** UpdateTaskRequest annotations. */
                    public annotations: { [k: string]: string };

                    /**
                     * Creates a new UpdateTaskRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns UpdateTaskRequest instance
                     */
                    public static create(properties?: containerd.services.tasks.v1.IUpdateTaskRequest): containerd.services.tasks.v1.UpdateTaskRequest;

                    /**
                     * Encodes the specified UpdateTaskRequest message. Does not implicitly {@link containerd.services.tasks.v1.UpdateTaskRequest.verify|verify} messages.
                     * @param message UpdateTaskRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.tasks.v1.IUpdateTaskRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes an UpdateTaskRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns UpdateTaskRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.tasks.v1.UpdateTaskRequest;

                    /**
                     * Gets the default type url for UpdateTaskRequest
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a ListPidsRequest. */
                interface IListPidsRequest {

                    /** ListPidsRequest containerId */
                    containerId?: (string|null);
                }

                /** Represents a ListPidsRequest. */
                class ListPidsRequest implements IListPidsRequest {

                    /**
                     * Constructs a new ListPidsRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.tasks.v1.IListPidsRequest);

                    /** ListPidsRequest containerId. */
                    public containerId: string;

                    /**
                     * Creates a new ListPidsRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns ListPidsRequest instance
                     */
                    public static create(properties?: containerd.services.tasks.v1.IListPidsRequest): containerd.services.tasks.v1.ListPidsRequest;

                    /**
                     * Encodes the specified ListPidsRequest message. Does not implicitly {@link containerd.services.tasks.v1.ListPidsRequest.verify|verify} messages.
                     * @param message ListPidsRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.tasks.v1.IListPidsRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a ListPidsRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns ListPidsRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.tasks.v1.ListPidsRequest;

                    /**
                     * Gets the default type url for ListPidsRequest
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a ListPidsResponse. */
                interface IListPidsResponse {

                    /** ListPidsResponse processes */
                    processes?: (containerd.v1.types.IProcessInfo[]|null);
                }

                /** Represents a ListPidsResponse. */
                class ListPidsResponse implements IListPidsResponse {

                    /**
                     * Constructs a new ListPidsResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.tasks.v1.IListPidsResponse);

                    /** ListPidsResponse processes. */
                    public processes: containerd.v1.types.IProcessInfo[];

                    /**
                     * Creates a new ListPidsResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns ListPidsResponse instance
                     */
                    public static create(properties?: containerd.services.tasks.v1.IListPidsResponse): containerd.services.tasks.v1.ListPidsResponse;

                    /**
                     * Encodes the specified ListPidsResponse message. Does not implicitly {@link containerd.services.tasks.v1.ListPidsResponse.verify|verify} messages.
                     * @param message ListPidsResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.tasks.v1.IListPidsResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a ListPidsResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns ListPidsResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.tasks.v1.ListPidsResponse;

                    /**
                     * Gets the default type url for ListPidsResponse
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a MetricsRequest. */
                interface IMetricsRequest {

                    /** MetricsRequest filters */
                    filters?: (string[]|null);
                }

                /** Represents a MetricsRequest. */
                class MetricsRequest implements IMetricsRequest {

                    /**
                     * Constructs a new MetricsRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.tasks.v1.IMetricsRequest);

                    /** MetricsRequest filters. */
                    public filters: string[];

                    /**
                     * Creates a new MetricsRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns MetricsRequest instance
                     */
                    public static create(properties?: containerd.services.tasks.v1.IMetricsRequest): containerd.services.tasks.v1.MetricsRequest;

                    /**
                     * Encodes the specified MetricsRequest message. Does not implicitly {@link containerd.services.tasks.v1.MetricsRequest.verify|verify} messages.
                     * @param message MetricsRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.tasks.v1.IMetricsRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a MetricsRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns MetricsRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.tasks.v1.MetricsRequest;

                    /**
                     * Gets the default type url for MetricsRequest
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a Metric. */
                interface IMetric {

                    /** Metric timestamp */
                    timestamp?: (google.protobuf.ITimestamp|null);

                    /** Metric id */
                    id?: (string|null);

                    /** Metric data */
                    data?: (google.protobuf.IAny|null);
                }

                /** Represents a Metric. */
                class Metric implements IMetric {

                    /**
                     * Constructs a new Metric.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.tasks.v1.IMetric);

                    /** Metric timestamp. */
                    public timestamp?: (google.protobuf.ITimestamp|null);

                    /** Metric id. */
                    public id: string;

                    /** Metric data. */
                    public data?: (google.protobuf.IAny|null);

                    /**
                     * Creates a new Metric instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Metric instance
                     */
                    public static create(properties?: containerd.services.tasks.v1.IMetric): containerd.services.tasks.v1.Metric;

                    /**
                     * Encodes the specified Metric message. Does not implicitly {@link containerd.services.tasks.v1.Metric.verify|verify} messages.
                     * @param message Metric message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.tasks.v1.IMetric, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Metric message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns Metric
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.tasks.v1.Metric;

                    /**
                     * Gets the default type url for Metric
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a MetricsResponse. */
                interface IMetricsResponse {

                    /** MetricsResponse metrics */
                    metrics?: (containerd.services.tasks.v1.IMetric[]|null);
                }

                /** Represents a MetricsResponse. */
                class MetricsResponse implements IMetricsResponse {

                    /**
                     * Constructs a new MetricsResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.tasks.v1.IMetricsResponse);

                    /** MetricsResponse metrics. */
                    public metrics: containerd.services.tasks.v1.IMetric[];

                    /**
                     * Creates a new MetricsResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns MetricsResponse instance
                     */
                    public static create(properties?: containerd.services.tasks.v1.IMetricsResponse): containerd.services.tasks.v1.MetricsResponse;

                    /**
                     * Encodes the specified MetricsResponse message. Does not implicitly {@link containerd.services.tasks.v1.MetricsResponse.verify|verify} messages.
                     * @param message MetricsResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.tasks.v1.IMetricsResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a MetricsResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns MetricsResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.tasks.v1.MetricsResponse;

                    /**
                     * Gets the default type url for MetricsResponse
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
                    constructor(properties?: containerd.services.tasks.v1.IWaitRequest);

                    /** WaitRequest containerId. */
                    public containerId: string;

                    /** WaitRequest execId. */
                    public execId: string;

                    /**
                     * Creates a new WaitRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns WaitRequest instance
                     */
                    public static create(properties?: containerd.services.tasks.v1.IWaitRequest): containerd.services.tasks.v1.WaitRequest;

                    /**
                     * Encodes the specified WaitRequest message. Does not implicitly {@link containerd.services.tasks.v1.WaitRequest.verify|verify} messages.
                     * @param message WaitRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.tasks.v1.IWaitRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a WaitRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns WaitRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.tasks.v1.WaitRequest;

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

                    /** WaitResponse exitedAt */
                    exitedAt?: (google.protobuf.ITimestamp|null);
                }

                /** Represents a WaitResponse. */
                class WaitResponse implements IWaitResponse {

                    /**
                     * Constructs a new WaitResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.tasks.v1.IWaitResponse);

                    /** WaitResponse exitStatus. */
                    public exitStatus: number;

                    /** WaitResponse exitedAt. */
                    public exitedAt?: (google.protobuf.ITimestamp|null);

                    /**
                     * Creates a new WaitResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns WaitResponse instance
                     */
                    public static create(properties?: containerd.services.tasks.v1.IWaitResponse): containerd.services.tasks.v1.WaitResponse;

                    /**
                     * Encodes the specified WaitResponse message. Does not implicitly {@link containerd.services.tasks.v1.WaitResponse.verify|verify} messages.
                     * @param message WaitResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.tasks.v1.IWaitResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a WaitResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns WaitResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.tasks.v1.WaitResponse;

                    /**
                     * Gets the default type url for WaitResponse
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }
            }
        }

        /** Namespace version. */
        namespace version {

            /** Namespace v1. */
            namespace v1 {

                /** Represents a Version */
                class Version extends $protobuf.rpc.Service {

                    /**
                     * Constructs a new Version service.
                     * @param rpcImpl RPC implementation
                     * @param [requestDelimited=false] Whether requests are length-delimited
                     * @param [responseDelimited=false] Whether responses are length-delimited
                     */
                    constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

                    /**
                     * Creates new Version service using the specified rpc implementation.
                     * @param rpcImpl RPC implementation
                     * @param [requestDelimited=false] Whether requests are length-delimited
                     * @param [responseDelimited=false] Whether responses are length-delimited
                     * @returns RPC service. Useful where requests and/or responses are streamed.
                     */
                    public static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Version;

                    /**
                     * Calls Version.
                     * @param request Empty message or plain object
                     * @param callback Node-style callback called with the error, if any, and VersionResponse
                     */
                    public version(request: google.protobuf.IEmpty, callback: containerd.services.version.v1.Version.VersionCallback): void;

                    /**
                     * Calls Version.
                     * @param request Empty message or plain object
                     * @returns Promise
                     */
                    public version(request: google.protobuf.IEmpty): Promise<containerd.services.version.v1.VersionResponse>;
                }

                namespace Version {

                    /**
                     * Callback as used by {@link containerd.services.version.v1.Version#version}.
                     * @param error Error, if any
                     * @param [response] VersionResponse
                     */
                    type VersionCallback = (error: (Error|null), response?: containerd.services.version.v1.VersionResponse) => void;
                }

                /** Properties of a VersionResponse. */
                interface IVersionResponse {

                    /** VersionResponse version */
                    version?: (string|null);

                    /** VersionResponse revision */
                    revision?: (string|null);
                }

                /** Represents a VersionResponse. */
                class VersionResponse implements IVersionResponse {

                    /**
                     * Constructs a new VersionResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: containerd.services.version.v1.IVersionResponse);

                    /** VersionResponse version. */
                    public version: string;

                    /** VersionResponse revision. */
                    public revision: string;

                    /**
                     * Creates a new VersionResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns VersionResponse instance
                     */
                    public static create(properties?: containerd.services.version.v1.IVersionResponse): containerd.services.version.v1.VersionResponse;

                    /**
                     * Encodes the specified VersionResponse message. Does not implicitly {@link containerd.services.version.v1.VersionResponse.verify|verify} messages.
                     * @param message VersionResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: containerd.services.version.v1.IVersionResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a VersionResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns VersionResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.version.v1.VersionResponse;

                    /**
                     * Gets the default type url for VersionResponse
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }
            }
        }
    }
}

/** Namespace runtimeoptions. */
export namespace runtimeoptions {

    /** Namespace v1. */
    namespace v1 {

        /** Properties of an Options. */
        interface IOptions {

            /** Options typeUrl */
            typeUrl?: (string|null);

            /** Options configPath */
            configPath?: (string|null);

            /** Options configBody */
            configBody?: (Uint8Array|null);
        }

        /** Represents an Options. */
        class Options implements IOptions {

            /**
             * Constructs a new Options.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtimeoptions.v1.IOptions);

            /** Options typeUrl. */
            public typeUrl: string;

            /** Options configPath. */
            public configPath: string;

            /** Options configBody. */
            public configBody: Uint8Array;

            /**
             * Creates a new Options instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Options instance
             */
            public static create(properties?: runtimeoptions.v1.IOptions): runtimeoptions.v1.Options;

            /**
             * Encodes the specified Options message. Does not implicitly {@link runtimeoptions.v1.Options.verify|verify} messages.
             * @param message Options message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtimeoptions.v1.IOptions, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Options message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Options
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtimeoptions.v1.Options;

            /**
             * Gets the default type url for Options
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }
    }
}

/** Namespace google. */
export namespace google {

    /** Namespace protobuf. */
    namespace protobuf {

        /** Properties of a Timestamp. */
        interface ITimestamp {

            /** Timestamp seconds */
            seconds?: (number|null);

            /** Timestamp nanos */
            nanos?: (number|null);
        }

        /** Represents a Timestamp. */
        class Timestamp implements ITimestamp {

            /**
             * Constructs a new Timestamp.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.ITimestamp);

            /** Timestamp seconds. */
            public seconds: number;

            /** Timestamp nanos. */
            public nanos: number;

            /**
             * Creates a new Timestamp instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Timestamp instance
             */
            public static create(properties?: google.protobuf.ITimestamp): google.protobuf.Timestamp;

            /**
             * Encodes the specified Timestamp message. Does not implicitly {@link google.protobuf.Timestamp.verify|verify} messages.
             * @param message Timestamp message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: google.protobuf.ITimestamp, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Timestamp message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Timestamp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Timestamp;

            /**
             * Gets the default type url for Timestamp
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

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

        /** Properties of an Empty. */
        interface IEmpty {
        }

        /** Represents an Empty. */
        class Empty implements IEmpty {

            /**
             * Constructs a new Empty.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.IEmpty);

            /**
             * Creates a new Empty instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Empty instance
             */
            public static create(properties?: google.protobuf.IEmpty): google.protobuf.Empty;

            /**
             * Encodes the specified Empty message. Does not implicitly {@link google.protobuf.Empty.verify|verify} messages.
             * @param message Empty message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: google.protobuf.IEmpty, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Empty message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Empty
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Empty;

            /**
             * Gets the default type url for Empty
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a FieldMask. */
        interface IFieldMask {

            /** FieldMask paths */
            paths?: (string[]|null);
        }

        /** Represents a FieldMask. */
        class FieldMask implements IFieldMask {

            /**
             * Constructs a new FieldMask.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.IFieldMask);

            /** FieldMask paths. */
            public paths: string[];

            /**
             * Creates a new FieldMask instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FieldMask instance
             */
            public static create(properties?: google.protobuf.IFieldMask): google.protobuf.FieldMask;

            /**
             * Encodes the specified FieldMask message. Does not implicitly {@link google.protobuf.FieldMask.verify|verify} messages.
             * @param message FieldMask message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: google.protobuf.IFieldMask, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FieldMask message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns FieldMask
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.FieldMask;

            /**
             * Gets the default type url for FieldMask
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a Struct. */
        interface IStruct {

            /** Struct fields */
            fields?: ({ [k: string]: google.protobuf.IValue }|null);
        }

        /** Represents a Struct. */
        class Struct implements IStruct {

            /**
             * Constructs a new Struct.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.IStruct);

            /** Struct fields. */
            public fields: { [k: string]: google.protobuf.IValue };

            /**
             * Creates a new Struct instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Struct instance
             */
            public static create(properties?: google.protobuf.IStruct): google.protobuf.Struct;

            /**
             * Encodes the specified Struct message. Does not implicitly {@link google.protobuf.Struct.verify|verify} messages.
             * @param message Struct message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: google.protobuf.IStruct, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Struct message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Struct
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Struct;

            /**
             * Gets the default type url for Struct
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a Value. */
        interface IValue {

            /** Value nullValue */
            nullValue?: (google.protobuf.NullValue|null);

            /** Value numberValue */
            numberValue?: (number|null);

            /** Value stringValue */
            stringValue?: (string|null);

            /** Value boolValue */
            boolValue?: (boolean|null);

            /** Value structValue */
            structValue?: (google.protobuf.IStruct|null);

            /** Value listValue */
            listValue?: (google.protobuf.IListValue|null);
        }

        /** Represents a Value. */
        class Value implements IValue {

            /**
             * Constructs a new Value.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.IValue);

            /** Value nullValue. */
            public nullValue?: (google.protobuf.NullValue|null);

            /** Value numberValue. */
            public numberValue?: (number|null);

            /** Value stringValue. */
            public stringValue?: (string|null);

            /** Value boolValue. */
            public boolValue?: (boolean|null);

            /** Value structValue. */
            public structValue?: (google.protobuf.IStruct|null);

            /** Value listValue. */
            public listValue?: (google.protobuf.IListValue|null);

            /** Value kind. */
            public kind?: ("nullValue"|"numberValue"|"stringValue"|"boolValue"|"structValue"|"listValue");

            /**
             * Creates a new Value instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Value instance
             */
            public static create(properties?: google.protobuf.IValue): google.protobuf.Value;

            /**
             * Encodes the specified Value message. Does not implicitly {@link google.protobuf.Value.verify|verify} messages.
             * @param message Value message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: google.protobuf.IValue, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Value message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Value;

            /**
             * Gets the default type url for Value
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** NullValue enum. */
        enum NullValue {
            NULL_VALUE = 0
        }

        /** Properties of a ListValue. */
        interface IListValue {

            /** ListValue values */
            values?: (google.protobuf.IValue[]|null);
        }

        /** Represents a ListValue. */
        class ListValue implements IListValue {

            /**
             * Constructs a new ListValue.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.IListValue);

            /** ListValue values. */
            public values: google.protobuf.IValue[];

            /**
             * Creates a new ListValue instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListValue instance
             */
            public static create(properties?: google.protobuf.IListValue): google.protobuf.ListValue;

            /**
             * Encodes the specified ListValue message. Does not implicitly {@link google.protobuf.ListValue.verify|verify} messages.
             * @param message ListValue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: google.protobuf.IListValue, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListValue message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ListValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.ListValue;

            /**
             * Gets the default type url for ListValue
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

    /** Namespace shim. */
    namespace shim {

        /** Namespace v1. */
        namespace v1 {

            /** Represents a Manager */
            class Manager extends $protobuf.rpc.Service {

                /**
                 * Constructs a new Manager service.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 */
                constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

                /**
                 * Creates new Manager service using the specified rpc implementation.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 * @returns RPC service. Useful where requests and/or responses are streamed.
                 */
                public static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Manager;

                /**
                 * Calls Delete.
                 * @param request DeleteRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and DeleteResponse
                 */
                public delete(request: tandem.shim.v1.IDeleteRequest, callback: tandem.shim.v1.Manager.DeleteCallback): void;

                /**
                 * Calls Delete.
                 * @param request DeleteRequest message or plain object
                 * @returns Promise
                 */
                public delete(request: tandem.shim.v1.IDeleteRequest): Promise<containerd.task.v2.DeleteResponse>;

                /**
                 * Calls Hold.
                 * @param request HoldRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and HoldResponse
                 */
                public hold(request: tandem.shim.v1.IHoldRequest, callback: tandem.shim.v1.Manager.HoldCallback): void;

                /**
                 * Calls Hold.
                 * @param request HoldRequest message or plain object
                 * @returns Promise
                 */
                public hold(request: tandem.shim.v1.IHoldRequest): Promise<tandem.shim.v1.HoldResponse>;
            }

            namespace Manager {

                /**
                 * Callback as used by {@link tandem.shim.v1.Manager#delete_}.
                 * @param error Error, if any
                 * @param [response] DeleteResponse
                 */
                type DeleteCallback = (error: (Error|null), response?: containerd.task.v2.DeleteResponse) => void;

                /**
                 * Callback as used by {@link tandem.shim.v1.Manager#hold}.
                 * @param error Error, if any
                 * @param [response] HoldResponse
                 */
                type HoldCallback = (error: (Error|null), response?: tandem.shim.v1.HoldResponse) => void;
            }

            /** Properties of a HoldRequest. */
            interface IHoldRequest {
            }

            /** Represents a HoldRequest. */
            class HoldRequest implements IHoldRequest {

                /**
                 * Constructs a new HoldRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tandem.shim.v1.IHoldRequest);

                /**
                 * Creates a new HoldRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns HoldRequest instance
                 */
                public static create(properties?: tandem.shim.v1.IHoldRequest): tandem.shim.v1.HoldRequest;

                /**
                 * Encodes the specified HoldRequest message. Does not implicitly {@link tandem.shim.v1.HoldRequest.verify|verify} messages.
                 * @param message HoldRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: tandem.shim.v1.IHoldRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a HoldRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns HoldRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tandem.shim.v1.HoldRequest;

                /**
                 * Gets the default type url for HoldRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a HoldResponse. */
            interface IHoldResponse {
            }

            /** Represents a HoldResponse. */
            class HoldResponse implements IHoldResponse {

                /**
                 * Constructs a new HoldResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tandem.shim.v1.IHoldResponse);

                /**
                 * Creates a new HoldResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns HoldResponse instance
                 */
                public static create(properties?: tandem.shim.v1.IHoldResponse): tandem.shim.v1.HoldResponse;

                /**
                 * Encodes the specified HoldResponse message. Does not implicitly {@link tandem.shim.v1.HoldResponse.verify|verify} messages.
                 * @param message HoldResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: tandem.shim.v1.IHoldResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a HoldResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns HoldResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tandem.shim.v1.HoldResponse;

                /**
                 * Gets the default type url for HoldResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a DeleteRequest. */
            interface IDeleteRequest {

                /** DeleteRequest id */
                id?: (string|null);

                /** DeleteRequest bundle */
                bundle?: (string|null);
            }

            /** Represents a DeleteRequest. */
            class DeleteRequest implements IDeleteRequest {

                /**
                 * Constructs a new DeleteRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tandem.shim.v1.IDeleteRequest);

                /** DeleteRequest id. */
                public id: string;

                /** DeleteRequest bundle. */
                public bundle: string;

                /**
                 * Creates a new DeleteRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DeleteRequest instance
                 */
                public static create(properties?: tandem.shim.v1.IDeleteRequest): tandem.shim.v1.DeleteRequest;

                /**
                 * Encodes the specified DeleteRequest message. Does not implicitly {@link tandem.shim.v1.DeleteRequest.verify|verify} messages.
                 * @param message DeleteRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: tandem.shim.v1.IDeleteRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DeleteRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns DeleteRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tandem.shim.v1.DeleteRequest;

                /**
                 * Gets the default type url for DeleteRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }
        }
    }

    /** Namespace vmd. */
    namespace vmd {

        /** Namespace v1. */
        namespace v1 {

            /** Represents a Vmd */
            class Vmd extends $protobuf.rpc.Service {

                /**
                 * Constructs a new Vmd service.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 */
                constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

                /**
                 * Creates new Vmd service using the specified rpc implementation.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 * @returns RPC service. Useful where requests and/or responses are streamed.
                 */
                public static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Vmd;

                /**
                 * Calls Attach.
                 * @param request AttachRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and AttachResponse
                 */
                public attach(request: tandem.vmd.v1.IAttachRequest, callback: tandem.vmd.v1.Vmd.AttachCallback): void;

                /**
                 * Calls Attach.
                 * @param request AttachRequest message or plain object
                 * @returns Promise
                 */
                public attach(request: tandem.vmd.v1.IAttachRequest): Promise<tandem.vmd.v1.AttachResponse>;

                /**
                 * Calls AddPortForward.
                 * @param request AddPortForwardRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and AddPortForwardResponse
                 */
                public addPortForward(request: tandem.vmd.v1.IAddPortForwardRequest, callback: tandem.vmd.v1.Vmd.AddPortForwardCallback): void;

                /**
                 * Calls AddPortForward.
                 * @param request AddPortForwardRequest message or plain object
                 * @returns Promise
                 */
                public addPortForward(request: tandem.vmd.v1.IAddPortForwardRequest): Promise<tandem.vmd.v1.AddPortForwardResponse>;

                /**
                 * Calls Status.
                 * @param request StatusRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and StatusResponse
                 */
                public status(request: tandem.vmd.v1.IStatusRequest, callback: tandem.vmd.v1.Vmd.StatusCallback): void;

                /**
                 * Calls Status.
                 * @param request StatusRequest message or plain object
                 * @returns Promise
                 */
                public status(request: tandem.vmd.v1.IStatusRequest): Promise<tandem.vmd.v1.StatusResponse>;

                /**
                 * Calls Start.
                 * @param request StartRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and StartResponse
                 */
                public start(request: tandem.vmd.v1.IStartRequest, callback: tandem.vmd.v1.Vmd.StartCallback): void;

                /**
                 * Calls Start.
                 * @param request StartRequest message or plain object
                 * @returns Promise
                 */
                public start(request: tandem.vmd.v1.IStartRequest): Promise<tandem.vmd.v1.StartResponse>;

                /**
                 * Calls Stop.
                 * @param request StopRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and StopResponse
                 */
                public stop(request: tandem.vmd.v1.IStopRequest, callback: tandem.vmd.v1.Vmd.StopCallback): void;

                /**
                 * Calls Stop.
                 * @param request StopRequest message or plain object
                 * @returns Promise
                 */
                public stop(request: tandem.vmd.v1.IStopRequest): Promise<tandem.vmd.v1.StopResponse>;

                /**
                 * Calls VmEnd.
                 * @param request VmEndRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and VmEndResponse
                 */
                public vmEnd(request: tandem.vmd.v1.IVmEndRequest, callback: tandem.vmd.v1.Vmd.VmEndCallback): void;

                /**
                 * Calls VmEnd.
                 * @param request VmEndRequest message or plain object
                 * @returns Promise
                 */
                public vmEnd(request: tandem.vmd.v1.IVmEndRequest): Promise<tandem.vmd.v1.VmEndResponse>;
            }

            namespace Vmd {

                /**
                 * Callback as used by {@link tandem.vmd.v1.Vmd#attach}.
                 * @param error Error, if any
                 * @param [response] AttachResponse
                 */
                type AttachCallback = (error: (Error|null), response?: tandem.vmd.v1.AttachResponse) => void;

                /**
                 * Callback as used by {@link tandem.vmd.v1.Vmd#addPortForward}.
                 * @param error Error, if any
                 * @param [response] AddPortForwardResponse
                 */
                type AddPortForwardCallback = (error: (Error|null), response?: tandem.vmd.v1.AddPortForwardResponse) => void;

                /**
                 * Callback as used by {@link tandem.vmd.v1.Vmd#status}.
                 * @param error Error, if any
                 * @param [response] StatusResponse
                 */
                type StatusCallback = (error: (Error|null), response?: tandem.vmd.v1.StatusResponse) => void;

                /**
                 * Callback as used by {@link tandem.vmd.v1.Vmd#start}.
                 * @param error Error, if any
                 * @param [response] StartResponse
                 */
                type StartCallback = (error: (Error|null), response?: tandem.vmd.v1.StartResponse) => void;

                /**
                 * Callback as used by {@link tandem.vmd.v1.Vmd#stop}.
                 * @param error Error, if any
                 * @param [response] StopResponse
                 */
                type StopCallback = (error: (Error|null), response?: tandem.vmd.v1.StopResponse) => void;

                /**
                 * Callback as used by {@link tandem.vmd.v1.Vmd#vmEnd}.
                 * @param error Error, if any
                 * @param [response] VmEndResponse
                 */
                type VmEndCallback = (error: (Error|null), response?: tandem.vmd.v1.VmEndResponse) => void;
            }

            /** Properties of an AttachRequest. */
            interface IAttachRequest {

                /** AttachRequest client */
                client?: (string|null);
            }

            /** Represents an AttachRequest. */
            class AttachRequest implements IAttachRequest {

                /**
                 * Constructs a new AttachRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tandem.vmd.v1.IAttachRequest);

                /** AttachRequest client. */
                public client: string;

                /**
                 * Creates a new AttachRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AttachRequest instance
                 */
                public static create(properties?: tandem.vmd.v1.IAttachRequest): tandem.vmd.v1.AttachRequest;

                /**
                 * Encodes the specified AttachRequest message. Does not implicitly {@link tandem.vmd.v1.AttachRequest.verify|verify} messages.
                 * @param message AttachRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: tandem.vmd.v1.IAttachRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AttachRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns AttachRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tandem.vmd.v1.AttachRequest;

                /**
                 * Gets the default type url for AttachRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a VmInfo. */
            interface IVmInfo {

                /** VmInfo generation */
                generation?: (number|null);

                /** VmInfo backend */
                backend?: (string|null);

                /** VmInfo accelerator */
                accelerator?: (string|null);

                /** VmInfo vmmPid */
                vmmPid?: (number|null);

                /** VmInfo bootLog */
                bootLog?: (string|null);

                /** VmInfo kernelRelease */
                kernelRelease?: (string|null);

                /** VmInfo shareKind */
                shareKind?: (string|null);

                /** VmInfo shareHostDir */
                shareHostDir?: (string|null);

                /** VmInfo shareGuestDir */
                shareGuestDir?: (string|null);

                /** VmInfo bootedAtMs */
                bootedAtMs?: (number|null);

                /** VmInfo outputPorts */
                outputPorts?: ({ [k: string]: string }|null);
            }

            /** Represents a VmInfo. */
            class VmInfo implements IVmInfo {

                /**
                 * Constructs a new VmInfo.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tandem.vmd.v1.IVmInfo);

                /** VmInfo generation. */
                public generation: number;

                /** VmInfo backend. */
                public backend: string;

                /** VmInfo accelerator. */
                public accelerator: string;

                /** VmInfo vmmPid. */
                public vmmPid: number;

                /** VmInfo bootLog. */
                public bootLog: string;

                /** VmInfo kernelRelease. */
                public kernelRelease: string;

                /** VmInfo shareKind. */
                public shareKind: string;

                /** VmInfo shareHostDir. */
                public shareHostDir: string;

                /** VmInfo shareGuestDir. */
                public shareGuestDir: string;

                /** VmInfo bootedAtMs. */
                public bootedAtMs: number;

                /** VmInfo outputPorts. */
                public outputPorts: { [k: string]: string };

                /**
                 * Creates a new VmInfo instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns VmInfo instance
                 */
                public static create(properties?: tandem.vmd.v1.IVmInfo): tandem.vmd.v1.VmInfo;

                /**
                 * Encodes the specified VmInfo message. Does not implicitly {@link tandem.vmd.v1.VmInfo.verify|verify} messages.
                 * @param message VmInfo message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: tandem.vmd.v1.IVmInfo, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a VmInfo message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns VmInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tandem.vmd.v1.VmInfo;

                /**
                 * Gets the default type url for VmInfo
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of an AttachResponse. */
            interface IAttachResponse {

                /** AttachResponse vm */
                vm?: (tandem.vmd.v1.IVmInfo|null);

                /** AttachResponse vmdPid */
                vmdPid?: (number|null);
            }

            /** Represents an AttachResponse. */
            class AttachResponse implements IAttachResponse {

                /**
                 * Constructs a new AttachResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tandem.vmd.v1.IAttachResponse);

                /** AttachResponse vm. */
                public vm?: (tandem.vmd.v1.IVmInfo|null);

                /** AttachResponse vmdPid. */
                public vmdPid: number;

                /**
                 * Creates a new AttachResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AttachResponse instance
                 */
                public static create(properties?: tandem.vmd.v1.IAttachResponse): tandem.vmd.v1.AttachResponse;

                /**
                 * Encodes the specified AttachResponse message. Does not implicitly {@link tandem.vmd.v1.AttachResponse.verify|verify} messages.
                 * @param message AttachResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: tandem.vmd.v1.IAttachResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AttachResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns AttachResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tandem.vmd.v1.AttachResponse;

                /**
                 * Gets the default type url for AttachResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of an AddPortForwardRequest. */
            interface IAddPortForwardRequest {

                /** AddPortForwardRequest proto */
                proto?: (string|null);

                /** AddPortForwardRequest hostAddr */
                hostAddr?: (string|null);

                /** AddPortForwardRequest hostPort */
                hostPort?: (number|null);

                /** AddPortForwardRequest guestPort */
                guestPort?: (number|null);
            }

            /** Represents an AddPortForwardRequest. */
            class AddPortForwardRequest implements IAddPortForwardRequest {

                /**
                 * Constructs a new AddPortForwardRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tandem.vmd.v1.IAddPortForwardRequest);

                /** AddPortForwardRequest proto. */
                public proto: string;

                /** AddPortForwardRequest hostAddr. */
                public hostAddr: string;

                /** AddPortForwardRequest hostPort. */
                public hostPort: number;

                /** AddPortForwardRequest guestPort. */
                public guestPort: number;

                /**
                 * Creates a new AddPortForwardRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AddPortForwardRequest instance
                 */
                public static create(properties?: tandem.vmd.v1.IAddPortForwardRequest): tandem.vmd.v1.AddPortForwardRequest;

                /**
                 * Encodes the specified AddPortForwardRequest message. Does not implicitly {@link tandem.vmd.v1.AddPortForwardRequest.verify|verify} messages.
                 * @param message AddPortForwardRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: tandem.vmd.v1.IAddPortForwardRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AddPortForwardRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns AddPortForwardRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tandem.vmd.v1.AddPortForwardRequest;

                /**
                 * Gets the default type url for AddPortForwardRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of an AddPortForwardResponse. */
            interface IAddPortForwardResponse {
            }

            /** Represents an AddPortForwardResponse. */
            class AddPortForwardResponse implements IAddPortForwardResponse {

                /**
                 * Constructs a new AddPortForwardResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tandem.vmd.v1.IAddPortForwardResponse);

                /**
                 * Creates a new AddPortForwardResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AddPortForwardResponse instance
                 */
                public static create(properties?: tandem.vmd.v1.IAddPortForwardResponse): tandem.vmd.v1.AddPortForwardResponse;

                /**
                 * Encodes the specified AddPortForwardResponse message. Does not implicitly {@link tandem.vmd.v1.AddPortForwardResponse.verify|verify} messages.
                 * @param message AddPortForwardResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: tandem.vmd.v1.IAddPortForwardResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AddPortForwardResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns AddPortForwardResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tandem.vmd.v1.AddPortForwardResponse;

                /**
                 * Gets the default type url for AddPortForwardResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a StatusRequest. */
            interface IStatusRequest {
            }

            /** Represents a StatusRequest. */
            class StatusRequest implements IStatusRequest {

                /**
                 * Constructs a new StatusRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tandem.vmd.v1.IStatusRequest);

                /**
                 * Creates a new StatusRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns StatusRequest instance
                 */
                public static create(properties?: tandem.vmd.v1.IStatusRequest): tandem.vmd.v1.StatusRequest;

                /**
                 * Encodes the specified StatusRequest message. Does not implicitly {@link tandem.vmd.v1.StatusRequest.verify|verify} messages.
                 * @param message StatusRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: tandem.vmd.v1.IStatusRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StatusRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns StatusRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tandem.vmd.v1.StatusRequest;

                /**
                 * Gets the default type url for StatusRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a StatusResponse. */
            interface IStatusResponse {

                /** StatusResponse vmdPid */
                vmdPid?: (number|null);

                /** StatusResponse vm */
                vm?: (tandem.vmd.v1.IVmInfo|null);

                /** StatusResponse clients */
                clients?: (string[]|null);

                /** StatusResponse containers */
                containers?: (string[]|null);

                /** StatusResponse held */
                held?: (boolean|null);
            }

            /** Represents a StatusResponse. */
            class StatusResponse implements IStatusResponse {

                /**
                 * Constructs a new StatusResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tandem.vmd.v1.IStatusResponse);

                /** StatusResponse vmdPid. */
                public vmdPid: number;

                /** StatusResponse vm. */
                public vm?: (tandem.vmd.v1.IVmInfo|null);

                /** StatusResponse clients. */
                public clients: string[];

                /** StatusResponse containers. */
                public containers: string[];

                /** StatusResponse held. */
                public held: boolean;

                /**
                 * Creates a new StatusResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns StatusResponse instance
                 */
                public static create(properties?: tandem.vmd.v1.IStatusResponse): tandem.vmd.v1.StatusResponse;

                /**
                 * Encodes the specified StatusResponse message. Does not implicitly {@link tandem.vmd.v1.StatusResponse.verify|verify} messages.
                 * @param message StatusResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: tandem.vmd.v1.IStatusResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StatusResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns StatusResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tandem.vmd.v1.StatusResponse;

                /**
                 * Gets the default type url for StatusResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a StartRequest. */
            interface IStartRequest {
            }

            /** Represents a StartRequest. */
            class StartRequest implements IStartRequest {

                /**
                 * Constructs a new StartRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tandem.vmd.v1.IStartRequest);

                /**
                 * Creates a new StartRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns StartRequest instance
                 */
                public static create(properties?: tandem.vmd.v1.IStartRequest): tandem.vmd.v1.StartRequest;

                /**
                 * Encodes the specified StartRequest message. Does not implicitly {@link tandem.vmd.v1.StartRequest.verify|verify} messages.
                 * @param message StartRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: tandem.vmd.v1.IStartRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StartRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns StartRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tandem.vmd.v1.StartRequest;

                /**
                 * Gets the default type url for StartRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a StartResponse. */
            interface IStartResponse {

                /** StartResponse vm */
                vm?: (tandem.vmd.v1.IVmInfo|null);

                /** StartResponse vmdPid */
                vmdPid?: (number|null);
            }

            /** Represents a StartResponse. */
            class StartResponse implements IStartResponse {

                /**
                 * Constructs a new StartResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tandem.vmd.v1.IStartResponse);

                /** StartResponse vm. */
                public vm?: (tandem.vmd.v1.IVmInfo|null);

                /** StartResponse vmdPid. */
                public vmdPid: number;

                /**
                 * Creates a new StartResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns StartResponse instance
                 */
                public static create(properties?: tandem.vmd.v1.IStartResponse): tandem.vmd.v1.StartResponse;

                /**
                 * Encodes the specified StartResponse message. Does not implicitly {@link tandem.vmd.v1.StartResponse.verify|verify} messages.
                 * @param message StartResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: tandem.vmd.v1.IStartResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StartResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns StartResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tandem.vmd.v1.StartResponse;

                /**
                 * Gets the default type url for StartResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a StopRequest. */
            interface IStopRequest {

                /** StopRequest force */
                force?: (boolean|null);
            }

            /** Represents a StopRequest. */
            class StopRequest implements IStopRequest {

                /**
                 * Constructs a new StopRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tandem.vmd.v1.IStopRequest);

                /** StopRequest force. */
                public force: boolean;

                /**
                 * Creates a new StopRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns StopRequest instance
                 */
                public static create(properties?: tandem.vmd.v1.IStopRequest): tandem.vmd.v1.StopRequest;

                /**
                 * Encodes the specified StopRequest message. Does not implicitly {@link tandem.vmd.v1.StopRequest.verify|verify} messages.
                 * @param message StopRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: tandem.vmd.v1.IStopRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StopRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns StopRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tandem.vmd.v1.StopRequest;

                /**
                 * Gets the default type url for StopRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a StopResponse. */
            interface IStopResponse {
            }

            /** Represents a StopResponse. */
            class StopResponse implements IStopResponse {

                /**
                 * Constructs a new StopResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tandem.vmd.v1.IStopResponse);

                /**
                 * Creates a new StopResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns StopResponse instance
                 */
                public static create(properties?: tandem.vmd.v1.IStopResponse): tandem.vmd.v1.StopResponse;

                /**
                 * Encodes the specified StopResponse message. Does not implicitly {@link tandem.vmd.v1.StopResponse.verify|verify} messages.
                 * @param message StopResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: tandem.vmd.v1.IStopResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StopResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns StopResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tandem.vmd.v1.StopResponse;

                /**
                 * Gets the default type url for StopResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a VmEndRequest. */
            interface IVmEndRequest {

                /** VmEndRequest generation */
                generation?: (number|null);

                /** VmEndRequest waitMs */
                waitMs?: (number|null);
            }

            /** Represents a VmEndRequest. */
            class VmEndRequest implements IVmEndRequest {

                /**
                 * Constructs a new VmEndRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tandem.vmd.v1.IVmEndRequest);

                /** VmEndRequest generation. */
                public generation: number;

                /** VmEndRequest waitMs. */
                public waitMs: number;

                /**
                 * Creates a new VmEndRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns VmEndRequest instance
                 */
                public static create(properties?: tandem.vmd.v1.IVmEndRequest): tandem.vmd.v1.VmEndRequest;

                /**
                 * Encodes the specified VmEndRequest message. Does not implicitly {@link tandem.vmd.v1.VmEndRequest.verify|verify} messages.
                 * @param message VmEndRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: tandem.vmd.v1.IVmEndRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a VmEndRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns VmEndRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tandem.vmd.v1.VmEndRequest;

                /**
                 * Gets the default type url for VmEndRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a VmEndResponse. */
            interface IVmEndResponse {

                /** VmEndResponse ended */
                ended?: (boolean|null);

                /** VmEndResponse reason */
                reason?: (string|null);
            }

            /** Represents a VmEndResponse. */
            class VmEndResponse implements IVmEndResponse {

                /**
                 * Constructs a new VmEndResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tandem.vmd.v1.IVmEndResponse);

                /** VmEndResponse ended. */
                public ended: boolean;

                /** VmEndResponse reason. */
                public reason: string;

                /**
                 * Creates a new VmEndResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns VmEndResponse instance
                 */
                public static create(properties?: tandem.vmd.v1.IVmEndResponse): tandem.vmd.v1.VmEndResponse;

                /**
                 * Encodes the specified VmEndResponse message. Does not implicitly {@link tandem.vmd.v1.VmEndResponse.verify|verify} messages.
                 * @param message VmEndResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: tandem.vmd.v1.IVmEndResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a VmEndResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns VmEndResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tandem.vmd.v1.VmEndResponse;

                /**
                 * Gets the default type url for VmEndResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }
        }
    }
}

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
